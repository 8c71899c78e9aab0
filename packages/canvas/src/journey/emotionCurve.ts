/** The emotion scale, top to bottom: the values a touchpoint's feeling can take. */
export const EMOTION_SCALE = [2, 1, 0, -1, -2] as const
/** One value of {@link EMOTION_SCALE}. */
export type Emotion = (typeof EMOTION_SCALE)[number]

/** Room above the scale for the lane's name, which shares the row header with the labels. */
const TOP = 44
/** Distance between two steps of the scale: room for one 12 px label each. */
const STEP = 22
const BOTTOM = 14
/** Height of the feelings lane: its name, then five labelled steps. */
export const CURVE_HEIGHT = TOP + 4 * STEP + BOTTOM

/** The y of an emotion score: +2 at the top, −2 at the bottom, out-of-range values clamped. */
export function emotionY(emotion: number): number {
  const clamped = Math.max(-2, Math.min(2, emotion))
  return TOP + (2 - clamped) * STEP
}

/** One plotted touchpoint: its column's centre (as a percentage of the lane), its score. */
export interface CurvePoint {
  /** The column it sits in, 0-based among all the table's columns. */
  slot: number
  /** Horizontal centre of the column, 0–100, as a percentage of the curve's width. */
  x: number
  y: number
  emotion: number
}

/**
 * The feelings curve through the table's columns: `slots` holds one entry per column, the
 * touchpoint's emotion or `null` for an empty phase's placeholder column, which the curve skips
 * (it joins the touchpoints on either side, since the family's feeling carries on across it).
 * Each point sits in the middle of its column, given in percent of the lane's width, so the same
 * drawing fits wide columns and the compact view's narrow ones without being measured.
 */
export function emotionCurve(slots: readonly (number | null)[]): {
  points: CurvePoint[]
  segments: { from: CurvePoint; to: CurvePoint }[]
} {
  const points: CurvePoint[] = []
  slots.forEach((emotion, slot) => {
    if (emotion === null) return
    points.push({ slot, x: ((slot + 0.5) / slots.length) * 100, y: emotionY(emotion), emotion })
  })
  const segments = points.slice(1).map((to, i) => ({ from: points[i]!, to }))
  return { points, segments }
}
