import { StandardFontEmbedder, StandardFonts } from 'pdf-lib'

/**
 * The report's two fonts, Helvetica and Helvetica Bold: the PDF uses them as standard fonts
 * (nothing to embed), and SVG names them first with metric-compatible fallbacks (Arial,
 * Liberation Sans), so text measured here fits in both.
 */
// pdf-lib's two font-name enums have the same values but distinct types.
type FontName = Parameters<typeof StandardFontEmbedder.for>[0]
const REGULAR = StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as FontName)
const BOLD = StandardFontEmbedder.for(StandardFonts.HelveticaBold as unknown as FontName)

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

const encodable = new Map<number, boolean>()
function canEncode(codePoint: number): boolean {
  let known = encodable.get(codePoint)
  if (known === undefined) {
    known = REGULAR.encoding.canEncodeUnicodeCodePoint(codePoint)
    encodable.set(codePoint, known)
  }
  return known
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
  return (bold ? BOLD : REGULAR).widthOfTextAtSize(toWinAnsi(text), size)
}
