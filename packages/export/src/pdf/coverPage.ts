import type { BoardData } from '../board/BoardData'
import { COLORS } from '../scene/palette'
import type { SceneItem } from '../scene/Scene'
import type { SceneContext } from '../scene/SceneContext'
import { wrapText } from '../scene/wrapText'
import {
  type BlockTag,
  FOOTER_BAND,
  IDENTITY,
  PAGE_MARGIN,
  type PlannedBlock,
  type PlannedPage,
} from './PdfFlow'

/**
 * The cover: the board's title, the date, what the board holds, and the contents with pages: the
 * title its first heading, the contents a list.
 */
export function coverPage(
  board: BoardData,
  ctx: SceneContext,
  pages: readonly PlannedPage[],
  size: { width: number; height: number },
): PlannedPage {
  const { t } = ctx
  const blocks: PlannedBlock[] = []
  const block = (tag: BlockTag) => {
    const items: SceneItem[] = []
    blocks.push({ items, at: IDENTITY, tag })
    return items
  }
  // The flow numbers its lists and tables from 0; the contents stand apart.
  const list = -1
  let items = block({ role: 'H1' })
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
  items = block({ role: 'P' })
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
  block({ role: 'P' }).push({
    type: 'text',
    x: left,
    y: y + 26,
    text: counts,
    size: 12,
    fill: COLORS.textSubtle,
  })
  y += 70
  block({ role: 'H2' }).push({
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
    const line = block({ role: 'LI', list })
    line.push({ type: 'text', x, y: rowY, text: label, size: 10, fill: COLORS.text })
    line.push({
      type: 'text',
      x: x + columnWidth,
      y: rowY,
      text: String(entry.page),
      size: 10,
      fill: COLORS.text,
      anchor: 'end',
    })
  })
  block({ role: 'P' }).push({
    type: 'text',
    x: left,
    y: size.height - PAGE_MARGIN,
    text: t('report.generator'),
    size: 9,
    fill: COLORS.textSubtle,
  })
  return { section: '', blocks }
}
