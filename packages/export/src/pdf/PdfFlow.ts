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

/**
 * What a block is in the report's structure tree, so a screen reader reads it as the reader's
 * eye does: a heading, a paragraph, a list item of list `list`, a map (a figure with its
 * description and its box on the page: left, top, right, bottom in points), a table row of table `table` (its cells' items apart, header cells marked), or
 * an artifact — page furniture (footers, a heading repeated on a continued page, row rules) that
 * assistive technology skips.
 */
export type BlockTag =
  | { role: 'H1' | 'H2' | 'P' }
  | { role: 'LI'; list: number }
  | { role: 'Figure'; alt: string; bbox: [number, number, number, number] }
  | { role: 'TR'; table: number; header: boolean; cells: SceneItem[][] }
  | { role: 'Artifact'; type: 'Pagination' | 'Layout' }

/** A block of items drawn together with one placement and one structure role. */
export interface PlannedBlock {
  items: SceneItem[]
  at: Placement
  tag: BlockTag
}

/** One planned page: its blocks in reading order, and the section it belongs to. */
export interface PlannedPage {
  section: string
  blocks: PlannedBlock[]
}

/** A column of a flowed table: header, relative width, and whether numbers align right. */
export interface FlowColumn {
  header: string
  weight: number
  numeric?: boolean
}

/** The placement of blocks laid out in page points. */
export const IDENTITY: Placement = { scale: 1, dx: 0, dy: 0 }
const BODY = 8
const LINE = BODY * 1.25
const CELL_PAD = 3

/**
 * Lays out text and tables over pages, top to bottom, in points (y down): a heading starts each
 * section's first page, a table continues on the next page with its header row repeated, and
 * nothing is cut between pages. Produces page plans of tagged blocks; drawing happens later,
 * page by page, when the page count is known.
 */
export class PdfFlow {
  readonly pages: PlannedPage[] = []
  private blocks: PlannedBlock[] = []
  private y = 0
  private section = ''
  /** Numbers tables and lists, so rows and items on later pages join the same element. */
  private nextGroup = 0

  constructor(private readonly size: { width: number; height: number }) {}

  private get bottom() {
    return this.size.height - PAGE_MARGIN - FOOTER_BAND
  }
  private get contentWidth() {
    return this.size.width - 2 * PAGE_MARGIN
  }

  /**
   * Starts a new page of `section`, with `heading` at its top: the section's heading (H1) on its
   * first page, a repeated «… (forts.)» on the next ones, which is page furniture.
   */
  startPage(section: string, heading: string, first = true): void {
    this.section = section
    this.blocks = []
    this.pages.push({ section, blocks: this.blocks })
    this.y = PAGE_MARGIN
    this.heading(heading, 16, heading, first ? 'H1' : 'Artifact')
  }

  /** Adds a whole page of blocks (a scene and its heading), placed by the caller. */
  addPage(section: string, blocks: PlannedBlock[]): void {
    this.section = section
    this.pages.push({ section, blocks })
    this.blocks = []
    this.y = this.bottom // anything flowed after a picture starts on a new page
  }

  /** A fresh group number for {@link paragraph}'s `list` and for tables. */
  group(): number {
    return this.nextGroup++
  }

  /** Moves to a new page of the current section when `height` does not fit. */
  private ensure(height: number, continued: string): void {
    if (this.y + height <= this.bottom) return
    this.startPage(this.section, continued, false)
  }

  heading(
    text: string,
    size: number,
    continued = text,
    role: 'H1' | 'H2' | 'Artifact' = 'H2',
  ): void {
    const lines = wrapText(text, { size, bold: true, maxWidth: this.contentWidth, maxLines: 2 })
    this.ensure(lines.length * size * 1.25 + 6, continued)
    const items: SceneItem[] = []
    for (const line of lines) {
      this.y += size * 1.25
      items.push({
        type: 'text',
        x: PAGE_MARGIN,
        y: this.y,
        text: line,
        size,
        bold: true,
        fill: COLORS.text,
      })
    }
    this.blocks.push({
      items,
      at: IDENTITY,
      tag: role === 'Artifact' ? { role, type: 'Pagination' } : { role },
    })
    this.y += 6
  }

  /** A paragraph, or an item of list `list` (from {@link group}) when given. */
  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; fill?: string; continued: string; list?: number },
  ): void {
    const size = options.size ?? 10
    const lines = wrapText(text, { size, bold: options.bold, maxWidth: this.contentWidth })
    const tag: BlockTag =
      options.list === undefined ? { role: 'P' } : { role: 'LI', list: options.list }
    let block: PlannedBlock | undefined
    for (const line of lines) {
      const page = this.pages.length
      this.ensure(size * 1.35, options.continued)
      // A paragraph running onto the next page goes on there as a second part of it.
      if (!block || page !== this.pages.length) {
        block = { items: [], at: IDENTITY, tag }
        this.blocks.push(block)
      }
      this.y += size * 1.35
      block.items.push({
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
   * Rows never split; the header row repeats on every page (as furniture after the first, so a
   * screen reader meets it once); `footer` rows are bold.
   */
  table(
    columns: readonly FlowColumn[],
    rows: readonly string[][],
    options: { continued: string; footer?: readonly string[][] },
  ): void {
    const table = this.group()
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
    const drawRow = (
      row: { lines: string[][]; height: number },
      bold: boolean,
      kind: 'header' | 'repeated' | 'body',
    ) => {
      const isHeader = kind !== 'body'
      const rules: SceneItem[] = []
      if (isHeader)
        rules.push({
          type: 'rect',
          x: PAGE_MARGIN,
          y: this.y,
          width: this.contentWidth,
          height: row.height,
          fill: COLORS.surface,
        })
      const cells = row.lines.map((lines, i) =>
        lines.map((line, n): SceneItem => {
          const numeric = columns[i]!.numeric && !isHeader
          return {
            type: 'text',
            x: numeric ? lefts[i]! + widths[i]! - CELL_PAD : lefts[i]! + CELL_PAD,
            y: this.y + CELL_PAD + BODY + n * LINE - 1,
            text: line,
            size: BODY,
            bold,
            fill: COLORS.text,
            anchor: numeric ? 'end' : 'start',
          }
        }),
      )
      this.y += row.height
      rules.push({
        type: 'line',
        x1: PAGE_MARGIN,
        y1: this.y,
        x2: PAGE_MARGIN + this.contentWidth,
        y2: this.y,
        stroke: bold ? COLORS.border : COLORS.borderSubtle,
        strokeWidth: 0.5,
      })
      if (kind === 'repeated')
        this.blocks.push({
          items: [...rules, ...cells.flat()],
          at: IDENTITY,
          tag: { role: 'Artifact', type: 'Pagination' },
        })
      else
        this.blocks.push({
          items: rules,
          at: IDENTITY,
          tag: { role: 'TR', table, header: isHeader, cells },
        })
    }
    this.ensure(header.height + LINE + 2 * CELL_PAD, options.continued)
    drawRow(header, true, 'header')
    const nextPage = () => {
      this.startPage(this.section, options.continued, false)
      drawRow(header, true, 'repeated')
    }
    for (const cells of rows) {
      const row = layoutRow(cells, false)
      if (this.y + row.height > this.bottom) nextPage()
      drawRow(row, false, 'body')
    }
    for (const cells of options.footer ?? []) {
      const row = layoutRow(cells, true)
      if (this.y + row.height > this.bottom) nextPage()
      drawRow(row, true, 'body')
    }
    this.y += 10
  }
}
