import type { Scores } from './matrixGeometry'

/** Score change per arrow key press: small enough to fine-tune a card. */
export const KEY_STEP = 0.02
/** Score change per Shift+arrow press: five presses cross half the matrix. */
export const KEY_STEP_LARGE = 0.1

/**
 * The scores after an arrow key press on a card, or `null` for other keys. Directions follow
 * the screen: up raises importance, right lowers substitutability (the axis runs high → low).
 */
export function scoresAfterKey(scores: Scores, key: string, large: boolean): Scores | null {
  const step = large ? KEY_STEP_LARGE : KEY_STEP
  const delta: Record<string, [number, number] | undefined> = {
    ArrowUp: [step, 0],
    ArrowDown: [-step, 0],
    ArrowLeft: [0, step],
    ArrowRight: [0, -step],
  }
  const d = delta[key]
  if (!d) return null
  // Rounded so repeated presses land on clean values (0.3, not 0.30000000000000004).
  const round = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000))
  return {
    importance: round(scores.importance + d[0]),
    substitutability: round(scores.substitutability + d[1]),
  }
}
