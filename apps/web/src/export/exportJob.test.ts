import { describe, expect, it } from 'vitest'
import { fileNameSuffix } from './exportJob'
import { progressSlice } from './exportProgress'

describe('fileNameSuffix', () => {
  const number = (id: string) => (id === 'b' ? 2 : 1)
  it('names the view of an SVG as the export pack does', () => {
    expect(fileNameSuffix({ format: 'svg', view: { kind: 'matrix' } }, number)).toBe('-aktorkart')
    expect(fileNameSuffix({ format: 'svg', view: { kind: 'network' } }, number)).toBe('-nettverk')
    expect(
      fileNameSuffix({ format: 'svg', view: { kind: 'journey', journeyId: 'b' } }, number),
    ).toBe('-reise-2')
  })
  it('names the table of a CSV, and nothing for whole-board files', () => {
    expect(fileNameSuffix({ format: 'csv', table: 'touchpoints' }, number)).toBe('-kontaktpunkter')
    expect(fileNameSuffix({ format: 'pdf', pageSize: 'A4' }, number)).toBe('')
    expect(fileNameSuffix({ format: 'png', scope: 'view', scale: 2 }, number)).toBe('')
  })
})

describe('progressSlice', () => {
  it('maps a part’s progress into its share of one bar that only moves forward', () => {
    const seen: number[] = []
    const second = progressSlice((p) => seen.push(p.fraction), 0.3, 1)
    second({ step: 'pack', fraction: 0 })
    second({ step: 'pack', fraction: 0.5 })
    second({ step: 'pack', fraction: 2 })
    ;[0.3, 0.65, 1].forEach((expected, i) => expect(seen[i]).toBeCloseTo(expected))
    expect(seen).toHaveLength(3)
  })
})
