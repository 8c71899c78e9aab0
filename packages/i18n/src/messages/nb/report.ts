/** Bokmål messages for the contents of exported files: SVG and PDF titles, legends, table headings, data-file columns. */
export const nbReport = {} as const
