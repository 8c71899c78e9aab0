import { intlLocale } from '@samkart/i18n'
import type { BoardData } from '../board/BoardData'
import { type ExportOptions, ExportSteps } from '../progress'
import { journeysInOrder } from '../scene/buildScene'
import { journeyColumns, journeyScene } from '../scene/journeyScene'
import { lensScene } from '../scene/lensScene'
import { matrixScene } from '../scene/matrixScene'
import { networkScene } from '../scene/networkScene'
import { COLORS } from '../scene/palette'
import type { SceneItem } from '../scene/Scene'
import { sceneContext } from '../scene/SceneContext'
import { wrapText } from '../scene/wrapText'
import { addScene } from './addScene'
import { type ReportComparison, comparisonSection } from './comparisonSection'
import { commentsAppendix } from './commentsAppendix'
import { coordinationSection } from './coordinationSection'
import { journeyOpportunities, opportunitiesSection } from './opportunitiesSection'
import { journeyCompareSection, journeyPairs } from './journeyCompareSection'
import { votesSection } from './votesSection'
import { coverPage } from './coverPage'
import { drawTaggedPages } from './drawTaggedPages'
import { journeyAlt, lensAlt, matrixAlt, networkAlt } from './mapAlt'
import { PAGE_MARGIN, PAGE_SIZES, PdfFlow, type PlannedPage } from './PdfFlow'
import { pdfBytes, pdfkitDocument } from './pdfkitDocument'
import { pdfTables } from './pdfTables'

/** Paper sizes of the report, always landscape. */
export type PageSize = 'A4' | 'A3'

/** Options of {@link exportPdf}. */
export interface PdfOptions extends ExportOptions {
  /** Default `A4`. */
  pageSize?: PageSize
  /**
   * Compare the board with an earlier version: the comparison comes first, as its own section
   * (made from the version history's «Sammenlign»).
   */
  comparison?: ReportComparison
  /** Adds an appendix of the comment threads, open and resolved (default: none). */
  comments?: boolean
}

/** The smallest scale a journey is printed at before it is split over pages (14 px → 6.3 pt). */
const MIN_JOURNEY_SCALE = 0.45

/**
 * The PDF report, all vector and tagged for screen readers (PDF 1.7 with a structure tree, the
 * document's language and title): a cover (title, date, contents); the aktørkart matrix; the
 * network; the interest × influence lens; each journey (split over pages by phase when too wide
 * to read on one); the coordination analysis of each journey; each as-is journey compared with
 * its to-be, phase by phase; tables of actors, relations and
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
  const comparison = options.comparison
  const sections: ((flow: PdfFlow) => void)[] = [
    ...(comparison
      ? [(flow: PdfFlow) => comparisonSection(flow, board, comparison, size, ctx)]
      : []),
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
    // Opportunities and ideas of the journeys that have any, with what they address.
    ...journeys
      .filter((journey) => journeyOpportunities(board, journey.id).length > 0)
      .map((journey) => (flow: PdfFlow) => opportunitiesSection(flow, board, journey, ctx)),
    // Each as-is journey beside its to-be, after the coordination of each alone.
    ...journeyPairs(board).map(
      (pair) => (flow: PdfFlow) => journeyCompareSection(flow, board, pair, ctx),
    ),
    (flow) => pdfTables(flow, board, ctx),
    // Revealed dot votes, if the board has any.
    ...(board.votes?.length ? [(flow: PdfFlow) => votesSection(flow, board, ctx)] : []),
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
