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

/** A node of a page's structure tree as pdf.js reads it (Firefox's reader, which screen readers use there). */
export interface StructNode {
  role: string
  alt?: string
  children: StructNode[]
}

/**
 * The structure tree of every page as pdf.js reads it: the elements whose content is on that
 * page, under the tree's root, marked-content leaves left out.
 */
export function pdfStructure(bytes: Uint8Array): Promise<StructNode[]> {
  type Raw = { role?: string; alt?: string; type?: string; children?: Raw[] }
  const node = (raw: Raw): StructNode => ({
    role: raw.role ?? '',
    ...(raw.alt === undefined ? {} : { alt: raw.alt }),
    children: (raw.children ?? []).filter((c) => c.role !== undefined).map(node),
  })
  return eachPage(bytes, async (page) => node((await page.getStructTree()) as Raw))
}

/** Every element of a structure tree, depth first, in reading order. */
export function structElements(root: StructNode): StructNode[] {
  return [root, ...root.children.flatMap(structElements)]
}

/**
 * How many painting operators (text, fills, strokes) each page draws outside any marked
 * content: in a tagged file, content that is neither in the structure tree nor an artifact.
 */
export function pdfUnmarkedPaints(bytes: Uint8Array): Promise<number[]> {
  const paints = new Set<number>([
    OPS.showText,
    OPS.showSpacedText,
    OPS.fill,
    OPS.eoFill,
    OPS.stroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeStroke,
    OPS.closeFillStroke,
  ])
  return eachPage(bytes, async (page) => {
    const ops = await page.getOperatorList()
    let depth = 0
    let unmarked = 0
    for (const fn of ops.fnArray) {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth++
      else if (fn === OPS.endMarkedContent) depth--
      else if (depth === 0 && paints.has(fn)) unmarked++
    }
    return unmarked
  })
}
