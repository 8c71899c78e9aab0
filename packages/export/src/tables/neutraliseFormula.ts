/**
 * Characters that make a spreadsheet treat a cell as a formula, or (tab, carriage return) let
 * a value slip into the next cell or line before any check: OWASP's list for CSV injection,
 * with the full-width and small forms of `=`, `+`, `-` and `@`, which some spreadsheet
 * programs fold to ASCII when reading a file.
 */
const TRIGGERS = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uff1d', // ＝ full-width equals
  '\uff0b', // ＋ full-width plus
  '\uff0d', // － full-width hyphen-minus
  '\uff20', // ＠ full-width at
  '\ufe66', // ﹦ small equals
  '\ufe62', // ﹢ small plus
  '\ufe63', // ﹣ small hyphen-minus
  '\ufe6b', // ﹫ small at
])

/**
 * What a spreadsheet program may drop or step over at the start of a cell before it looks for
 * a formula: white space of any kind (a space, NBSP, a line break, the ideographic space),
 * other control characters, invisible characters (zero-width spaces and joiners, the BOM),
 * bidirectional controls (an RTL override makes `=` look like it comes last), and a double
 * quote (which some programs strip when they read a CSV field).
 */
const SKIPPED = /^[\s\p{Cc}\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u061c"]/u

/**
 * True if some spreadsheet program could run this text as a formula: it starts with a trigger
 * (OWASP's `=`, `+`, `-`, `@`, tab, carriage return, or a full-width or small form of the
 * first four), or with anything a program may step over ({@link SKIPPED}) followed by one.
 */
export function looksLikeFormula(text: string): boolean {
  for (const char of text) {
    if (TRIGGERS.has(char)) return true
    if (!SKIPPED.test(char)) return false
  }
  return false
}

/**
 * Makes a text cell safe to open in a spreadsheet: a value that {@link looksLikeFormula} gets
 * a leading `'`, so it is shown as text and never run as a formula. The table importers remove
 * exactly this prefix again (see {@link restoreNeutralised}).
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text
}

/** Undoes {@link neutraliseFormula}: `'=SUM(A1)` → `=SUM(A1)`; any other text is left alone. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text
}
