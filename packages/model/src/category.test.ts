import { describe, expect, it } from 'vitest'
import { actorCategory, HIGH_THRESHOLD, matrixCell } from './category'

describe('actorCategory', () => {
  it('follows the Klijn & Koppenjan table in each corner', () => {
    expect(actorCategory(1, 0)).toBe('viktig') // high importance, low substitutability
    expect(actorCategory(1, 1)).toBe('moderat')
    expect(actorCategory(0, 0)).toBe('moderat')
    expect(actorCategory(0, 1)).toBe('lav')
  })
  it('counts the middle line as high on both axes', () => {
    expect(HIGH_THRESHOLD).toBe(0.5)
    expect(matrixCell(0.5, 0.5)).toBe('high-high')
    expect(actorCategory(0.5, 0.4999)).toBe('viktig')
    expect(actorCategory(0.4999, 0.5)).toBe('lav')
    expect(actorCategory(0.4999, 0.4999)).toBe('moderat')
  })
  it('distinguishes the two Moderat cells', () => {
    expect(matrixCell(0.9, 0.9)).toBe('high-high')
    expect(matrixCell(0.1, 0.1)).toBe('low-low')
  })
})
