import { COLORS } from '../scene/palette'
import type { SceneItem } from '../scene/Scene'
import { wrapText } from '../scene/wrapText'
import { columnWidths } from './columnWidths'
import type { Placement } from './drawItems'

/** Page sizes in points, landscape. */
export const PAGE_SIZES = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
} as const

/** Page margin and the band kept free for the footer, in points. */
export const PAGE_MARGIN = 36
export const FOOTER_BAND = 22

/** One planned page: blocks of items, each with its placement, and the section it belongs to. */
export interface PlannedPage {
  section: string
  blocks: { items: SceneItem[]; at: Placement }[]
}

/** A column of a flowed table: header, relative width, and whether numbers align right. */
export interface FlowColumn {
  header: string
  weight: number
  numeric?: boolean
}

const IDENTITY: Placement = { scale: 1, dx: 0, dy: 0 }
const BODY = 8
const LINE = BODY * 1.25
const CELL_PAD = 3

/**
 * Lays out text and tables over pages, top to bottom, in points (y down): a heading starts each
 * section's first page, a table continues on the next page with its header row repeated, and
 * nothing is cut between pages. Produces page plans; drawing happens later, page by page.
 */
export class PdfFlow {
  readonly pages: PlannedPage[] = []
  private items: SceneItem[] = []
  private y = 0
  private section = ''

  constructor(private readonly size: { width: number; height: number }) {}

  private get bottom() {
    return this.size.height - PAGE_MARGIN - FOOTER_BAND
  }
  private get contentWidth() {
    return this.size.width - 2 * PAGE_MARGIN
  }

  /** Starts a new page of `section`, with `heading` at its top. */
  startPage(section: string, heading: string): void {
    this.section = section
    this.items = []
    this.pages.push({ section, blocks: [{ items: this.items, at: IDENTITY }] })
    this.y = PAGE_MARGIN
    this.heading(heading, 16)
  }

  /** Adds a whole page holding one picture (a scene), placed by the caller. */
  addPicture(section: string, items: SceneItem[], at: Placement): void {
    this.section = section
    this.pages.push({ section, blocks: [{ items, at }] })
    this.items = []
    this.y = this.bottom // anything flowed after a picture starts on a new page
  }

  /** Moves to a new page of the current section when `height` does not fit. */
  private ensure(height: number, continued: string): void {
    if (this.y + height <= this.bottom) return
    this.startPage(this.section, continued)
  }

  heading(text: string, size: number, continued = text): void {
    const lines = wrapText(text, { size, bold: true, maxWidth: this.contentWidth, maxLines: 2 })
    this.ensure(lines.length * size * 1.25 + 6, continued)
    for (const line of lines) {
      this.y += size * 1.25
      this.items.push({
        type: 'text',
        x: PAGE_MARGIN,
        y: this.y,
        text: line,
        size,
        bold: true,
        fill: COLORS.text,
      })
    }
    this.y += 6
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; fill?: string; continued: string },
  ): void {
    const size = options.size ?? 10
    const lines = wrapText(text, { size, bold: options.bold, maxWidth: this.contentWidth })
    for (const line of lines) {
      this.ensure(size * 1.35, options.continued)
      this.y += size * 1.35
      this.items.push({
        type: 'text',
        x: PAGE_MARGIN,
        y: this.y,
        text: line,
        size,
        bold: options.bold,
        fill: options.fill ?? COLORS.text,
      })
    }
    this.y += 3
  }

  space(height: number): void {
    this.y += height
  }

  /**
   * A table over the content width, columns sized by weight, cells wrapped (at most 30 lines).
   * Rows never split; the header row repeats on every page; `footer` rows are bold.
   */
  table(
    columns: readonly FlowColumn[],
    rows: readonly string[][],
    options: { continued: string; footer?: readonly string[][] },
  ): void {
    const widths = columnWidths(columns, rows, this.contentWidth, { size: BODY, pad: CELL_PAD })
    const lefts = widths.map((_, i) => PAGE_MARGIN + widths.slice(0, i).reduce((s, w) => s + w, 0))
    const layoutRow = (cells: readonly string[], bold: boolean) => {
      const lines = cells.map((cell, i) =>
        wrapText(cell, { size: BODY, bold, maxWidth: widths[i]! - 2 * CELL_PAD, maxLines: 30 }),
      )
      return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * CELL_PAD }
    }
    const header = layoutRow(
      columns.map((c) => c.header),
      true,
    )
    const drawRow = (row: { lines: string[][]; height: number }, bold: boolean, fill?: string) => {
      const isHeader = fill !== undefined
      if (fill)
        this.items.push({
          type: 'rect',
          x: PAGE_MARGIN,
          y: this.y,
          width: this.contentWidth,
          height: row.height,
          fill,
        })
      row.lines.forEach((lines, i) =>
        lines.forEach((line, n) => {
          const numeric = columns[i]!.numeric && !isHeader
          this.items.push({
            type: 'text',
            x: numeric ? lefts[i]! + widths[i]! - CELL_PAD : lefts[i]! + CELL_PAD,
            y: this.y + CELL_PAD + BODY + n * LINE - 1,
            text: line,
            size: BODY,
            bold,
            fill: COLORS.text,
            anchor: numeric ? 'end' : 'start',
          })
        }),
      )
      this.y += row.height
      this.items.push({
        type: 'line',
        x1: PAGE_MARGIN,
        y1: this.y,
        x2: PAGE_MARGIN + this.contentWidth,
        y2: this.y,
        stroke: bold ? COLORS.border : COLORS.borderSubtle,
        strokeWidth: 0.5,
      })
    }
    const startTable = () => drawRow(header, true, COLORS.surface)
    this.ensure(header.height + LINE + 2 * CELL_PAD, options.continued)
    startTable()
    for (const cells of rows) {
      const row = layoutRow(cells, false)
      if (this.y + row.height > this.bottom) {
        this.startPage(this.section, options.continued)
        startTable()
      }
      drawRow(row, false)
    }
    for (const cells of options.footer ?? []) {
      const row = layoutRow(cells, true)
      if (this.y + row.height > this.bottom) {
        this.startPage(this.section, options.continued)
        startTable()
      }
      drawRow(row, true)
    }
    this.y += 10
  }
}
