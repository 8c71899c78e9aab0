import { createRequire } from 'node:module'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** pdf.js's metrics of the 14 standard fonts, which it needs to extract their text. */
const standardFontDataUrl = createRequire(import.meta.url)
  .resolve('pdfjs-dist/package.json')
  .replace(/package\.json$/, 'standard_fonts/')

/** The text of every page of a PDF, as pdf.js (Firefox's reader) extracts it, a line per run. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise
  try {
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'))
    }
    return pages
  } finally {
    await doc.destroy()
  }
}

/**
 * The stroke colours (`#rrggbb`) used on each page, as pdf.js reads the drawing operators: what
 * a reader's eye sees as coloured lines, without rasterising.
 */
export async function pdfStrokeColors(bytes: Uint8Array): Promise<Set<string>[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise
  try {
    const pages: Set<string>[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const ops = await (await doc.getPage(n)).getOperatorList()
      const colors = new Set<string>()
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setStrokeRGBColor) return
        // pdf.js hands the colour as three bytes.
        const rgb = Array.from(ops.argsArray[i] as ArrayLike<number>).slice(0, 3)
        colors.add(`#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`)
      })
      pages.push(colors)
    }
    return pages
  } finally {
    await doc.destroy()
  }
}
