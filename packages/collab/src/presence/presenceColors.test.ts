import { describe, expect, it } from 'vitest'
import { PRESENCE_COLORS, pickColor } from './presenceColors'

/** WCAG relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('presence colours', () => {
  it('all carry white name labels at WCAG AA contrast, and are all different', () => {
    for (const color of PRESENCE_COLORS)
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(new Set(PRESENCE_COLORS).size).toBe(PRESENCE_COLORS.length)
  })

  it('picks a free colour, the preferred one if free, and spreads repeats evenly when full', () => {
    expect(pickColor([], PRESENCE_COLORS[4])).toBe(PRESENCE_COLORS[4])
    expect(pickColor([PRESENCE_COLORS[4]], PRESENCE_COLORS[4])).toBe(PRESENCE_COLORS[0])
    expect(pickColor([], 'hotpink')).toBe(PRESENCE_COLORS[0])
    const full = [...PRESENCE_COLORS, ...PRESENCE_COLORS.slice(0, 3)]
    expect(pickColor(full)).toBe(PRESENCE_COLORS[3])
  })
})
