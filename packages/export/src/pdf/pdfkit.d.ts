/**
 * The part of PDFKit 0.20 the report uses. Written here rather than taken from
 * `@types/pdfkit`, which describes 0.17 (no `registerStdFonts`, no table-header `scope`) and
 * pulls Node's types into a package that also runs in the browser.
 */
declare module 'pdfkit' {
  /** Options of a new document (those the report sets). */
  export interface DocumentOptions {
    pdfVersion?: '1.7'
    tagged?: boolean
    lang?: string
    displayTitle?: boolean
    autoFirstPage?: boolean
    margin?: number
    size?: [number, number]
    info?: {
      Title?: string
      Creator?: string
      Producer?: string
      CreationDate?: Date
      ModDate?: Date
    }
  }

  /** A node of the structure tree; `add` takes elements or a closure drawing its content. */
  export interface StructureElement {
    add(child: StructureElement | (() => void)): StructureElement
    end(): void
  }

  /**
   * Options of `struct`: a figure's `alt` and `bbox` (left, top, right, bottom, in the page's
   * top-down points), a header cell's `scope`.
   */
  export interface StructureOptions {
    alt?: string
    bbox?: [number, number, number, number]
    lang?: string
    title?: string
    scope?: 'Column' | 'Row' | 'Both'
  }

  /** A PDFKit document: drawing in points, y down from the top left of the page. */
  export default class PDFDocument {
    constructor(options?: DocumentOptions)
    on(event: 'data', listener: (chunk: Uint8Array) => void): this
    on(event: 'end', listener: () => void): this
    on(event: 'error', listener: (error: unknown) => void): this
    addPage(options?: { size?: [number, number]; margin?: number }): this
    end(): void
    save(): this
    restore(): this
    translate(x: number, y: number): this
    scale(factor: number): this
    rotate(angle: number, options?: { origin?: [number, number] }): this
    path(d: string): this
    lineWidth(width: number): this
    lineCap(cap: 'butt' | 'round' | 'square'): this
    dash(lengths: number[]): this
    fill(color: string): this
    stroke(color: string): this
    fillAndStroke(fill: string, stroke: string): this
    fillColor(color: string): this
    font(name: string, size?: number): this
    widthOfString(text: string): number
    text(
      text: string,
      x: number,
      y: number,
      options?: { lineBreak?: boolean; baseline?: 'alphabetic' | 'top' },
    ): this
    struct(type: string, options?: StructureOptions): StructureElement
    addStructure(element: StructureElement): this
    markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout' | 'Page' }): this
    endMarkedContent(): this
  }

  /** Only in the browser build: hands it the standard fonts' metrics. */
  export const registerStdFonts: ((...fonts: object[]) => void) | undefined
}

// PDFKit 0.20's standard-font metrics, opaque to us: only handed to `registerStdFonts`.
declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: object
  export default font
}
declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const font: object
  export default font
}
