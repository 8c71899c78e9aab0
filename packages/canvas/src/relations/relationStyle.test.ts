import { RELATION_TYPES } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { RELATION_MARKERS, RELATION_STYLES, relationStrokeWidth } from './relationStyle'

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
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

describe('relation styles', () => {
  it('gives every type a style and a marker of the same colour', () => {
    for (const type of RELATION_TYPES) {
      expect(RELATION_STYLES[type]).toBeDefined()
      expect(RELATION_MARKERS[type].color).toBe(RELATION_STYLES[type].color)
    }
  })

  it('tells the types apart without colour: every dash pattern is different', () => {
    const patterns = RELATION_TYPES.map((type) => RELATION_STYLES[type].dash ?? 'solid')
    expect(new Set(patterns).size).toBe(RELATION_TYPES.length)
  })

  it('tells the types apart by colour too, each at least 4.5:1 on white and on the tinted cells', () => {
    const colours = RELATION_TYPES.map((type) => RELATION_STYLES[type].color)
    expect(new Set(colours).size).toBe(RELATION_TYPES.length)
    for (const colour of colours) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5)
      expect(contrast(colour, '#e3ecf6')).toBeGreaterThanOrEqual(3)
    }
  })

  it('draws stronger relations thicker, within bounds', () => {
    expect(relationStrokeWidth(0)).toBe(2.5)
    expect(relationStrokeWidth(1)).toBe(6)
    expect(relationStrokeWidth(0.5)).toBeGreaterThan(relationStrokeWidth(0.2))
    expect(relationStrokeWidth(Number.NaN)).toBe(relationStrokeWidth(0.5))
    expect(relationStrokeWidth(7)).toBe(6)
  })
})
