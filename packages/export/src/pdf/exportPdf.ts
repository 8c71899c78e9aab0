import { intlLocale } from '@samkart/i18n'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { BoardData } from '../board/BoardData'
import { type ExportOptions, ExportSteps } from '../progress'
import { journeysInOrder } from '../scene/buildScene'
import { journeyColumns, journeyScene } from '../scene/journeyScene'
import { lensScene } from '../scene/lensScene'
import { matrixScene } from '../scene/matrixScene'
import { networkScene } from '../scene/networkScene'
import { COLORS } from '../scene/palette'
import type { Scene, SceneItem } from '../scene/Scene'
import { type SceneContext, sceneContext } from '../scene/SceneContext'
import { wrapText } from '../scene/wrapText'
import { coordinationSection } from './coordinationSection'
import { drawItems } from './drawItems'
import { FOOTER_BAND, PAGE_MARGIN, PAGE_SIZES, PdfFlow, type PlannedPage } from './PdfFlow'
import { pdfTables } from './pdfTables'

/** Paper sizes of the report, always landscape. */
export type PageSize = 'A4' | 'A3'

/** Options of {@link exportPdf}. */
export interface PdfOptions extends ExportOptions {
  /** Default `A4`. */
  pageSize?: PageSize
}

/** Scene units to points at most: 1 CSS px = 0.75 pt, so a small view is printed at its size. */
const MAX_SCALE = 0.75
/** The smallest scale a journey is printed at before it is split over pages (14 px → 6.3 pt). */
const MIN_JOURNEY_SCALE = 0.45

/**
 * The PDF report, all vector: a cover (title, date, contents); the aktørkart matrix; the
 * network; the interest × influence lens; each journey (split over pages by phase when too wide
 * to read on one); the coordination analysis of each journey; tables of actors, relations and touchpoints (with
 * responsible agencies and legal basis). Every section starts on a new page; every page but the
 * cover is numbered «Side n av N». Text uses the standard Helvetica fonts (WinAnsi): Norwegian
 * letters print; other characters print as their closest Latin-1 form or `?`, never failing the
 * export. Reports one progress step per section laid out and per page drawn.
 */
export async function exportPdf(board: BoardData, options: PdfOptions = {}): Promise<Uint8Array> {
  const ctx = sceneContext(options)
  const size = PAGE_SIZES[options.pageSize ?? 'A4']
  const journeys = journeysInOrder(board)
  const sections: ((flow: PdfFlow) => void)[] = [
    (flow) => addScene(flow, ctx.t('report.section.matrix'), matrixScene(board, ctx), size),
    (flow) => addScene(flow, ctx.t('report.section.network'), networkScene(board, ctx), size),
    (flow) => addScene(flow, ctx.t('lens.label'), lensScene(board, ctx), size),
    ...journeys.map((journey) => (flow: PdfFlow) => {
      const section = ctx.t('report.section.journey', { title: journey.title })
      for (const range of journeyRanges(board, journey.id, size))
        addScene(flow, section, journeyScene(board, journey, ctx, range), size)
    }),
    ...journeys.map((journey) => (flow: PdfFlow) => coordinationSection(flow, board, journey, ctx)),
    (flow) => pdfTables(flow, board, ctx),
  ]
  const steps = new ExportSteps('pdf', sections.length + 2, options)
  steps.check()
  const flow = new PdfFlow(size)
  for (const section of sections) {
    section(flow)
    await steps.step()
  }
  const pages: PlannedPage[] = [coverPage(board, ctx, flow.pages, size), ...flow.pages]
  steps.setTotal(sections.length + pages.length + 1)

  const pdf = await PDFDocument.create()
  pdf.setTitle(board.meta.title || 'Samkart')
  pdf.setCreator('Samkart')
  pdf.setProducer('Samkart')
  pdf.setLanguage(intlLocale(ctx.locale))
  if (options.now) {
    pdf.setCreationDate(options.now)
    pdf.setModificationDate(options.now)
  }
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  for (const [index, planned] of pages.entries()) {
    const page = pdf.addPage([size.width, size.height])
    for (const block of planned.blocks) drawItems(page, block.items, block.at, fonts)
    if (index > 0)
      drawItems(
        page,
        footer(
          board.meta.title,
          ctx.t('report.page', { page: index + 1, pages: pages.length }),
          size,
        ),
        { scale: 1, dx: 0, dy: 0 },
        fonts,
      )
    await steps.step()
  }
  const bytes = await pdf.save()
  await steps.step()
  return bytes
}

/** A page holding a scene, scaled to fit the page (never above print size) and centred. */
function addScene(
  flow: PdfFlow,
  section: string,
  scene: Scene,
  size: { width: number; height: number },
) {
  const availableWidth = size.width - 2 * PAGE_MARGIN
  const availableHeight = size.height - 2 * PAGE_MARGIN - FOOTER_BAND
  const scale = Math.min(MAX_SCALE, availableWidth / scene.width, availableHeight / scene.height)
  const dx = PAGE_MARGIN + (availableWidth - scene.width * scale) / 2
  const background: SceneItem = {
    type: 'rect',
    x: 0,
    y: 0,
    width: scene.width,
    height: scene.height,
    fill: scene.background,
    stroke: COLORS.borderSubtle,
    strokeWidth: 1 / scale,
  }
  flow.addPicture(section, [background, ...scene.items], { scale, dx, dy: PAGE_MARGIN })
}

/**
 * The column ranges a journey is printed in: all on one page if that keeps it at a readable
 * scale, else page by page, breaking between phases where a page can hold whole phases.
 */
function journeyRanges(board: BoardData, journeyId: string, size: { width: number }) {
  const columns = journeyColumns(board, journeyId)
  const perPage = Math.max(
    1,
    Math.floor(((size.width - 2 * PAGE_MARGIN) / MIN_JOURNEY_SCALE - 80 - 180) / 200),
  )
  if (columns.length <= perPage) return [undefined]
  const ranges: { from: number; to: number }[] = []
  let from = 0
  while (from < columns.length) {
    let to = Math.min(columns.length, from + perPage)
    if (to < columns.length) {
      // Back up to the last phase boundary inside this page, if that still fills half of it;
      // a phase longer than that is split where the page ends.
      let boundary = to
      while (boundary > from && columns[boundary]!.phase.id === columns[boundary - 1]!.phase.id)
        boundary--
      if (boundary - from >= perPage / 2) to = boundary
    }
    ranges.push({ from, to })
    from = to
  }
  return ranges
}

/** The cover: the board's title, the date, what the board holds, and the contents with pages. */
function coverPage(
  board: BoardData,
  ctx: SceneContext,
  pages: readonly PlannedPage[],
  size: { width: number; height: number },
): PlannedPage {
  const { t } = ctx
  const items: SceneItem[] = []
  const left = PAGE_MARGIN + 24
  const width = size.width - 2 * left
  let y = PAGE_MARGIN + 70
  for (const line of wrapText(board.meta.title, {
    size: 30,
    bold: true,
    maxWidth: width,
    maxLines: 3,
  })) {
    items.push({ type: 'text', x: left, y, text: line, size: 30, bold: true, fill: COLORS.text })
    y += 36
  }
  items.push({
    type: 'text',
    x: left,
    y: y + 4,
    text: ctx.dateLine,
    size: 14,
    fill: COLORS.textSubtle,
  })
  const counts = t('report.counts', {
    actors: board.actors.length,
    relations: board.relations.length,
    journeys: board.journeys.length,
  })
  items.push({ type: 'text', x: left, y: y + 26, text: counts, size: 12, fill: COLORS.textSubtle })
  y += 70
  items.push({
    type: 'text',
    x: left,
    y,
    text: t('report.contents'),
    size: 14,
    bold: true,
    fill: COLORS.text,
  })
  y += 8
  const firstPages: { section: string; page: number }[] = []
  pages.forEach((p, i) => {
    if (firstPages.at(-1)?.section !== p.section)
      firstPages.push({ section: p.section, page: i + 2 })
  })
  // Two columns of contents when one would run off the page.
  const rowHeight = 15
  const perColumn = Math.max(
    1,
    Math.floor((size.height - PAGE_MARGIN - FOOTER_BAND - y) / rowHeight),
  )
  const columnWidth = firstPages.length > perColumn ? width / 2 - 12 : Math.min(width, 520)
  firstPages.forEach((entry, i) => {
    const column = Math.floor(i / perColumn)
    if (column > 1) return
    const x = left + column * (width / 2 + 12)
    const rowY = y + rowHeight * ((i % perColumn) + 1)
    const label =
      wrapText(entry.section, { size: 10, maxWidth: columnWidth - 40, maxLines: 1 })[0] ?? ''
    items.push({ type: 'text', x, y: rowY, text: label, size: 10, fill: COLORS.text })
    items.push({
      type: 'text',
      x: x + columnWidth,
      y: rowY,
      text: String(entry.page),
      size: 10,
      fill: COLORS.text,
      anchor: 'end',
    })
  })
  items.push({
    type: 'text',
    x: left,
    y: size.height - PAGE_MARGIN,
    text: t('report.generator'),
    size: 9,
    fill: COLORS.textSubtle,
  })
  return { section: '', blocks: [{ items, at: { scale: 1, dx: 0, dy: 0 } }] }
}

/** The board's title at the bottom left and «Side n av N» at the bottom right. */
function footer(
  title: string,
  pageLabel: string,
  size: { width: number; height: number },
): SceneItem[] {
  const y = size.height - PAGE_MARGIN + 4
  const label = wrapText(title, { size: 8, maxWidth: size.width / 2, maxLines: 1 })[0] ?? ''
  return [
    {
      type: 'line',
      x1: PAGE_MARGIN,
      y1: y - 12,
      x2: size.width - PAGE_MARGIN,
      y2: y - 12,
      stroke: COLORS.borderSubtle,
      strokeWidth: 0.5,
    },
    { type: 'text', x: PAGE_MARGIN, y, text: label, size: 8, fill: COLORS.textSubtle },
    {
      type: 'text',
      x: size.width - PAGE_MARGIN,
      y,
      text: pageLabel,
      size: 8,
      fill: COLORS.textSubtle,
      anchor: 'end',
    },
  ]
}
