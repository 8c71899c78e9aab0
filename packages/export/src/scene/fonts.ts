import { type PdfKitDocument, pdfkitDocument } from '../pdf/pdfkitDocument'

/**
 * The report's two fonts, Helvetica and Helvetica Bold: the PDF uses them as standard fonts
 * (nothing to embed), and SVG names them first with metric-compatible fallbacks (Arial,
 * Liberation Sans), so text measured here fits in both. Widths come from PDFKit, which draws
 * the PDF, kerning included, so a measured line is the line printed.
 */
let measurer: PdfKitDocument | undefined
function measure(text: string, bold: boolean): number {
  measurer ??= pdfkitDocument({ autoFirstPage: false })
  return measurer.font(bold ? 'Helvetica-Bold' : 'Helvetica', 1).widthOfString(text)
}

/** The CSS font stack SVG files name: Helvetica and its metric twins. */
export const SVG_FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif"

/**
 * Letters the standard fonts lack, mapped to what reads best in their place. Sámi letters keep
 * their base letter; typographic signs become their ASCII forms.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  đ: 'd',
  Đ: 'D',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
}

/**
 * What the standard fonts print (WinAnsiEncoding): Latin-1 and the 27 signs Windows-1252 puts
 * in 0x80–0x9F (€, quotes, dashes, Š, Œ, Ž, Ÿ …).
 */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((c) => c.codePointAt(0)!))
function canEncode(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint < 0x7f) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    WIN_ANSI_EXTRA.has(codePoint)
  )
}

/**
 * The text as the standard fonts can print it (WinAnsi): Norwegian letters and the rest of
 * Latin-1 as they are; line breaks and tabs as spaces, other control characters dropped; letters
 * with other accents as their base letter (`č` → `c`); known signs as ASCII (`→` → `->`);
 * anything else as `?`. Never throws, so no user text can fail a report.
 */
export function toWinAnsi(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp === 9 || cp === 10 || cp === 13) out += ' '
    else if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) continue
    else if (canEncode(cp)) out += ch
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch]
    else out += baseLetters(ch)
  }
  return out
}

/** `č` → `c`: the encodable letters of the character's canonical decomposition, or `?`. */
function baseLetters(ch: string): string {
  const parts = [...ch.normalize('NFD')].filter((c) => canEncode(c.codePointAt(0)!))
  return parts.length > 0 && parts.length < [...ch.normalize('NFD')].length ? parts.join('') : '?'
}

/** Width of `text` at `size` in Helvetica (bold or not), in the same units as `size`. */
export function textWidth(text: string, size: number, bold = false): number {
  return measure(toWinAnsi(text), bold) * size
}
