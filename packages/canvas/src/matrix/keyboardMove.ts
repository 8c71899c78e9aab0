import type { Scores } from '@samkart/layout'

/** Score change per arrow key press: small enough to fine-tune a card. */
export const KEY_STEP = 0.02
/** Score change per Shift+arrow press: five presses cross half the matrix. */
export const KEY_STEP_LARGE = 0.1

/**
 * The scores after an arrow key press on a card, or `null` for other keys. Directions follow
 * the screen: up raises importance, right lowers substitutability (the axis runs high → low).
 */
export function scoresAfterKey(scores: Scores, key: string, large: boolean): Scores | null {
  const d = unitStepForKey(key, large)
  if (!d) return null
  return {
    importance: stepScore(scores.importance, d.up),
    substitutability: stepScore(scores.substitutability, -d.right),
  }
}

/**
 * The step on a 0..1 × 0..1 plane for an arrow key, as screen directions (`right` and `up`
 * positive), or `null` for other keys. Each view maps these onto its own two scores.
 */
export function unitStepForKey(key: string, large: boolean): { right: number; up: number } | null {
  const step = large ? KEY_STEP_LARGE : KEY_STEP
  const delta: Record<string, [number, number] | undefined> = {
    ArrowUp: [0, step],
    ArrowDown: [0, -step],
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
  }
  const d = delta[key]
  return d ? { right: d[0], up: d[1] } : null
}

/** A score plus a step, kept in 0..1 and rounded so repeated presses land on clean values. */
export function stepScore(value: number, delta: number): number {
  return Math.min(1, Math.max(0, Math.round((value + delta) * 1000) / 1000))
}
