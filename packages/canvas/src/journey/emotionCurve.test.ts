import { describe, expect, it } from 'vitest'
import { emotionCurve, emotionY } from './emotionCurve'

describe('emotionY', () => {
  it('puts +2 at the top, −2 at the bottom and 0 in the middle, clamping the rest', () => {
    expect(emotionY(2, 100)).toBe(14)
    expect(emotionY(-2, 100)).toBe(86)
    expect(emotionY(0, 100)).toBe(50)
    expect(emotionY(9, 100)).toBe(14)
  })
})

describe('emotionCurve', () => {
  it('centres a point in each column and skips empty columns', () => {
    const curve = emotionCurve([2, null, -2], 100, 100)
    expect(curve.width).toBe(300)
    expect(curve.points).toEqual([
      { x: 50, y: 14, emotion: 2 },
      { x: 250, y: 86, emotion: -2 },
    ])
    expect(curve.path).toBe('M50 14 L250 86')
  })

  it('draws nothing without touchpoints', () => {
    expect(emotionCurve([null, null]).path).toBe('')
  })
})
