/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for tab and carriage
 * return, let a value slip into the next cell or line before the check): the OWASP list.
 */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

/** True if a spreadsheet could run this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && TRIGGERS.includes(text[0]!)
}

/**
 * Makes a text cell safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading `'`, so it is shown as text and never run as a formula.
 * The table importers remove exactly this prefix again (see {@link restoreNeutralised}).
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text
}

/** Undoes {@link neutraliseFormula}: `'=SUM(A1)` → `=SUM(A1)`; any other text is left alone. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text
}
