/** Width of one touchpoint column in the journey table, in CSS pixels. */
export const COLUMN_WIDTH = 200
/** Height of the feelings lane's drawing. */
export const CURVE_HEIGHT = 96
const PAD = 14

/** One plotted touchpoint: where it is and what it scored. */
export interface CurvePoint {
  x: number
  y: number
  emotion: number
}

/** The y of an emotion score: +2 at the top, −2 at the bottom, out-of-range values clamped. */
export function emotionY(emotion: number, height = CURVE_HEIGHT): number {
  const clamped = Math.max(-2, Math.min(2, emotion))
  return PAD + ((2 - clamped) / 4) * (height - 2 * PAD)
}

/**
 * The feelings curve through the table's columns: `slots` holds one entry per column, the
 * touchpoint's emotion or `null` for an empty phase's placeholder column, which the curve skips
 * (it joins the touchpoints on either side, since the family's feeling carries on across it).
 * Each point sits in the middle of its column, so it lines up with the cells above and below.
 */
export function emotionCurve(
  slots: readonly (number | null)[],
  columnWidth = COLUMN_WIDTH,
  height = CURVE_HEIGHT,
): { points: CurvePoint[]; path: string; width: number } {
  const points: CurvePoint[] = []
  slots.forEach((emotion, i) => {
    if (emotion === null) return
    points.push({ x: (i + 0.5) * columnWidth, y: emotionY(emotion, height), emotion })
  })
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')
  return { points, path, width: slots.length * columnWidth }
}
