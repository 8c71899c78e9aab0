import { describe, expect, it } from 'vitest'
import { textWidth } from '../scene/fonts'
import { columnWidths } from './columnWidths'

const font = { size: 8, pad: 3 }

describe('columnWidths', () => {
  it('shares the width by weight when every word fits', () => {
    const widths = columnWidths(
      [
        { header: 'A', weight: 1 },
        { header: 'B', weight: 3 },
      ],
      [['x', 'y']],
      400,
      font,
    )
    expect(widths).toEqual([100, 300])
  })

  it('widens a column to its longest header word and takes the room from the others', () => {
    const header = 'Organisasjonsnummer'
    const widths = columnWidths(
      [
        { header: 'Navn', weight: 3 },
        { header, weight: 0.5 },
        { header: 'Notater', weight: 4 },
      ],
      [['Helse- og omsorgsdepartementet', '974760673', 'Eier livshendelsen.']],
      500,
      font,
    )
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth(header, 8, true) + 6)
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('omsorgsdepartementet', 8) + 6)
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(500)
    expect(widths[2]! / widths[0]!).toBeCloseTo(4 / 3)
  })
})
