import { intlLocale } from '@samkart/i18n'
import type { BoardData } from '../board/BoardData'
import { type ExportOptions, ExportSteps } from '../progress'
import { journeysInOrder } from '../scene/buildScene'
import { journeyColumns, journeyScene } from '../scene/journeyScene'
import { lensScene } from '../scene/lensScene'
import { matrixScene } from '../scene/matrixScene'
import { networkScene } from '../scene/networkScene'
import { COLORS } from '../scene/palette'
import type { Scene, SceneItem } from '../scene/Scene'
import { HEADER_KEY } from '../scene/SceneBuilder'
import { sceneContext } from '../scene/SceneContext'
import { wrapText } from '../scene/wrapText'
import { commentsAppendix } from './commentsAppendix'
import { coordinationSection } from './coordinationSection'
import { coverPage } from './coverPage'
import { drawTaggedPages } from './drawTaggedPages'
import { journeyAlt, lensAlt, matrixAlt, networkAlt } from './mapAlt'
import {
  FOOTER_BAND,
  PAGE_MARGIN,
  PAGE_SIZES,
  PdfFlow,
  type PlannedBlock,
  type PlannedPage,
} from './PdfFlow'
import { pdfBytes, pdfkitDocument } from './pdfkitDocument'
import { pdfTables } from './pdfTables'

/** Paper sizes of the report, always landscape. */
export type PageSize = 'A4' | 'A3'

/** Options of {@link exportPdf}. */
export interface PdfOptions extends ExportOptions {
  /** Default `A4`. */
  pageSize?: PageSize
  /** Adds an appendix of the comment threads, open and resolved (default: none). */
  comments?: boolean
}

/** Scene units to points at most: 1 CSS px = 0.75 pt, so a small view is printed at its size. */
const MAX_SCALE = 0.75
/** The smallest scale a journey is printed at before it is split over pages (14 px → 6.3 pt). */
const MIN_JOURNEY_SCALE = 0.45

/**
 * The PDF report, all vector and tagged for screen readers (PDF 1.7 with a structure tree, the
 * document's language and title): a cover (title, date, contents); the aktørkart matrix; the
 * network; the interest × influence lens; each journey (split over pages by phase when too wide
 * to read on one); the coordination analysis of each journey; tables of actors, relations and
 * touchpoints (with responsible agencies and legal basis); when asked, an appendix of the
 * comment threads. Every section starts on a new page
 * under its heading; each map is a figure described in words from the board's data; every
 * page but the cover is numbered «Side n av N». Text uses the standard Helvetica fonts
 * (WinAnsi): Norwegian letters print; other characters print as their closest Latin-1 form or
 * `?`, never failing the export. Reports one progress step per section laid out and per page
 * drawn.
 */
export async function exportPdf(board: BoardData, options: PdfOptions = {}): Promise<Uint8Array> {
  const ctx = sceneContext(options)
  const size = PAGE_SIZES[options.pageSize ?? 'A4']
  const journeys = journeysInOrder(board)
  const sections: ((flow: PdfFlow) => void)[] = [
    (flow) =>
      addScene(flow, ctx.t('report.section.matrix'), matrixScene(board, ctx), size, {
        alt: matrixAlt(board, ctx),
      }),
    (flow) =>
      addScene(flow, ctx.t('report.section.network'), networkScene(board, ctx), size, {
        alt: networkAlt(board, ctx),
      }),
    (flow) =>
      addScene(flow, ctx.t('lens.label'), lensScene(board, ctx), size, {
        alt: lensAlt(board, ctx),
      }),
    ...journeys.map((journey) => (flow: PdfFlow) => {
      const section = ctx.t('report.section.journey', { title: journey.title })
      const columns = journeyColumns(board, journey.id)
      for (const [i, range] of journeyRanges(board, journey.id, size).entries())
        addScene(flow, section, journeyScene(board, journey, ctx, range), size, {
          alt: journeyAlt(
            journey.title,
            range ? columns.slice(range.from, range.to) : columns,
            ctx,
          ),
          continued: i > 0,
        })
    }),
    ...journeys.map((journey) => (flow: PdfFlow) => coordinationSection(flow, board, journey, ctx)),
    (flow) => pdfTables(flow, board, ctx),
    ...(options.comments ? [(flow: PdfFlow) => commentsAppendix(flow, board, ctx)] : []),
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

  const title = board.meta.title || 'Samkart'
  const doc = pdfkitDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: intlLocale(ctx.locale),
    displayTitle: true,
    autoFirstPage: false,
    margin: 0,
    info: {
      Title: title,
      Creator: 'Samkart',
      Producer: 'Samkart',
      ...(options.now ? { CreationDate: options.now, ModDate: options.now } : {}),
    },
  })
  const bytes = pdfBytes(doc)
  await drawTaggedPages(
    doc,
    pages,
    size,
    (index) =>
      index === 0
        ? []
        : footer(
            board.meta.title,
            ctx.t('report.page', { page: index + 1, pages: pages.length }),
            size,
          ),
    () => steps.step(),
  )
  doc.end()
  const file = await bytes
  await steps.step()
  return file
}

/**
 * A page holding a scene, scaled to fit the page (never above print size) and centred: the
 * view's name its heading (H1 on the section's first page), the map a figure described by
 * `alt`, and the board's title and date it repeats on every view as page furniture.
 */
function addScene(
  flow: PdfFlow,
  section: string,
  scene: Scene,
  size: { width: number; height: number },
  options: { alt: string; continued?: boolean },
) {
  const availableWidth = size.width - 2 * PAGE_MARGIN
  const availableHeight = size.height - 2 * PAGE_MARGIN - FOOTER_BAND
  const scale = Math.min(MAX_SCALE, availableWidth / scene.width, availableHeight / scene.height)
  const at = {
    scale,
    dx: PAGE_MARGIN + (availableWidth - scene.width * scale) / 2,
    dy: PAGE_MARGIN,
  }
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
  const header = scene.items.filter((i) => i.type === 'text' && i.key === HEADER_KEY)
  // The view's name: the line that is the section's name (matrix, network, lens), else the
  // title's lines that make up the section's name (a journey, whose title is its name).
  const isName = (i: SceneItem) => i.type === 'text' && i.text === section
  const named = header.some(isName)
  const heading = header.filter((i) =>
    named ? isName(i) : i.type === 'text' && i.bold === true && section.includes(i.text),
  )
  const blocks: PlannedBlock[] = [
    { items: [background], at, tag: { role: 'Artifact', type: 'Layout' } },
    {
      items: header.filter((i) => !heading.includes(i)),
      at,
      tag: { role: 'Artifact', type: 'Pagination' },
    },
    {
      items: heading,
      at,
      tag: options.continued ? { role: 'Artifact', type: 'Pagination' } : { role: 'H1' },
    },
    {
      items: scene.items.filter((i) => !header.includes(i)),
      at,
      tag: {
        role: 'Figure',
        alt: options.alt,
        bbox: [at.dx, at.dy, at.dx + scene.width * scale, at.dy + scene.height * scale],
      },
    },
  ]
  flow.addPage(section, blocks)
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
