import { createRequire } from 'node:module'
import { OPS, type PDFPageProxy, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** pdf.js's metrics of the 14 standard fonts, which it needs to extract their text. */
const standardFontDataUrl = createRequire(import.meta.url)
  .resolve('pdfjs-dist/package.json')
  .replace(/package\.json$/, 'standard_fonts/')

/** Opens a PDF with pdf.js (Firefox's reader) and reads something from every page. */
async function eachPage<T>(bytes: Uint8Array, read: (page: PDFPageProxy) => Promise<T>) {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise
  try {
    const pages: T[] = []
    for (let n = 1; n <= doc.numPages; n++) pages.push(await read(await doc.getPage(n)))
    return pages
  } finally {
    await doc.destroy()
  }
}

/** The text of every page of a PDF, as pdf.js extracts it, a line per run. */
export function pdfText(bytes: Uint8Array): Promise<string[]> {
  return eachPage(bytes, async (page) =>
    (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('\n'),
  )
}

/**
 * The stroke colours (`#rrggbb`) used on each page, as pdf.js reads the drawing operators: what
 * a reader's eye sees as coloured lines, without rasterising.
 */
export function pdfStrokeColors(bytes: Uint8Array): Promise<Set<string>[]> {
  return eachPage(bytes, async (page) => {
    const ops = await page.getOperatorList()
    const colors = new Set<string>()
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setStrokeRGBColor) return
      // pdf.js hands the colour as three bytes.
      const rgb = Array.from(ops.argsArray[i] as ArrayLike<number>).slice(0, 3)
      colors.add(`#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`)
    })
    return colors
  })
}
