import { describe, expect, it } from 'vitest'
import { CURVE_HEIGHT, EMOTION_SCALE, emotionCurve, emotionY } from './emotionCurve'

describe('emotionY', () => {
  it('puts +2 at the top, −2 at the bottom, in equal steps, clamping the rest', () => {
    const ys = EMOTION_SCALE.map(emotionY)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(new Set(ys.slice(1).map((y, i) => y - ys[i]!)).size).toBe(1)
    expect(emotionY(9)).toBe(emotionY(2))
    expect(emotionY(-9)).toBe(emotionY(-2))
    expect(emotionY(-2)).toBeLessThan(CURVE_HEIGHT)
    // The lane's name sits above the top step.
    expect(emotionY(2)).toBeGreaterThanOrEqual(24)
  })
})

describe('emotionCurve', () => {
  it('centres a point in each column, in percent, and skips empty columns', () => {
    const curve = emotionCurve([2, null, -2, 0])
    expect(curve.points).toEqual([
      { slot: 0, x: 12.5, y: emotionY(2), emotion: 2 },
      { slot: 2, x: 62.5, y: emotionY(-2), emotion: -2 },
      { slot: 3, x: 87.5, y: emotionY(0), emotion: 0 },
    ])
    expect(curve.segments.map((s) => [s.from.slot, s.to.slot])).toEqual([
      [0, 2],
      [2, 3],
    ])
  })

  it('draws nothing without touchpoints', () => {
    expect(emotionCurve([null, null])).toEqual({ points: [], segments: [] })
  })
})
