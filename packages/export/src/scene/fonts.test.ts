import { describe, expect, it } from 'vitest'
import { textWidth, toWinAnsi } from './fonts'

describe('standard-font text', () => {
  it('keeps Norwegian letters and the Windows-1252 signs, and maps the rest', () => {
    const kept = 'Blåbærsyltetøy ÆØÅ æøå «sitat» – “€ 5” … Š Œ Ž Ÿ'
    expect(toWinAnsi(kept)).toBe(kept)
    expect(toWinAnsi('Čáhcegáddi → ŋ 漢\u200b')).toBe('Cáhcegáddi -> n ?')
  })

  it('measures as PDFKit draws: Helvetica widths with kerning, bold wider', () => {
    // Helvetica's advance widths (AFM, per 1000): A 667, V 667; the pair «AV» kerns by -70.
    expect(textWidth('A', 1000)).toBeCloseTo(667)
    expect(textWidth('AV', 1000)).toBeCloseTo(667 + 667 - 70)
    expect(textWidth('Organisasjonsnummer', 8, true)).toBeGreaterThan(
      textWidth('Organisasjonsnummer', 8),
    )
    expect(textWidth('æøå', 10)).toBeGreaterThan(0)
  })
})
