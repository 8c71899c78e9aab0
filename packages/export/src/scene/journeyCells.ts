import type { Translate } from '@samkart/i18n'
import type { JourneyLane, LaneItem, Touchpoint } from '@samkart/model'
import { COLORS } from './palette'
import type { SceneBuilder } from './SceneBuilder'
import type { SceneContext } from './SceneContext'
import { wrapText } from './wrapText'

/** Width of one touchpoint column (COLUMN_WIDTH on the canvas) and a cell's padding. */
export const COLUMN_WIDTH = 200
export const PAD = 10
const TEXT = 14
/** Line height of cell text. */
export const LINE = TEXT * 1.3

/** A cell's drawing, deferred until the row's height is known. */
export type CellDraw = (b: SceneBuilder, x: number, top: number, rowHeight: number) => void
export interface Cell {
  height: number
  draw: CellDraw
}

const CELL_WIDTH = COLUMN_WIDTH - 2 * PAD

/** A cell of plain wrapped text. */
function textCell(
  text: string,
  options: { fill?: string; bold?: boolean; maxLines?: number; maxWidth?: number } = {},
): Cell {
  const lines = wrapText(text, {
    size: TEXT,
    bold: options.bold,
    maxWidth: options.maxWidth ?? CELL_WIDTH,
    maxLines: options.maxLines ?? 8,
  })
  return {
    height: lines.length * LINE,
    draw: (b, x, top) =>
      lines.forEach((line, n) =>
        b.text(x, top + TEXT + n * LINE, line, TEXT, {
          fill: options.fill ?? COLORS.text,
          bold: options.bold,
        }),
      ),
  }
}

/** Stacks cells vertically with a small gap. */
function stack(...cells: Cell[]): Cell {
  const present = cells.filter((c) => c.height > 0)
  return {
    height: present.reduce((sum, c) => sum + c.height, 0) + Math.max(0, present.length - 1) * 4,
    draw: (b, x, top, h) => {
      let y = top
      for (const c of present) {
        c.draw(b, x, y, h)
        y += c.height + 4
      }
    },
  }
}

/**
 * The content of one lane's cell for one touchpoint, measured: the journey view's lanes as the
 * canvas draws them (a touchpoint's box is framed in red when it has a pain point).
 */
export function laneCell(
  lane: JourneyLane,
  tp: Touchpoint,
  ctx: SceneContext,
  actorName: ReadonlyMap<string, string>,
): Cell {
  const { t } = ctx
  switch (lane) {
    case 'action':
      return textCell(tp.action)
    case 'need':
      return textCell(tp.need)
    case 'backstage':
      return textCell(tp.backstage)
    case 'channel':
      return textCell(t(`journey.channel.${tp.channel}`))
    case 'pain':
      return stack(
        tp.painType
          ? textCell(t(`journey.painType.${tp.painType}`), { bold: true, fill: COLORS.danger })
          : textCell(''),
        textCell(tp.painPoint, { fill: COLORS.danger, maxLines: 6 }),
      )
    case 'emotion':
      return { height: 0, draw: () => {} }
    case 'responsible': {
      const names = tp.responsible.map((id) => actorName.get(id))
      const cells = names.map((name) =>
        name === undefined
          ? textCell(t('report.responsible.deleted'), { fill: COLORS.danger, maxLines: 1 })
          : textCell(name, { maxLines: 2 }),
      )
      if (cells.length === 0)
        cells.push(textCell(t('journey.responsible.none'), { fill: COLORS.danger }))
      return stack(...cells)
    }
    case 'touchpoint': {
      const title = textCell(tp.title, { bold: true, maxLines: 4 })
      const legal = tp.legalBasis
        ? textCell(`${t('journey.field.legalBasis')}: ${tp.legalBasis}`, {
            fill: COLORS.textSubtle,
            maxLines: 2,
          })
        : textCell('')
      const inner = stack(title, legal)
      const pain = tp.painPoint.trim() !== '' || tp.painType !== ''
      return {
        height: inner.height + 8,
        draw: (b, x, top, h) => {
          b.add({
            type: 'rect',
            x: x - 4,
            y: top - 4,
            width: CELL_WIDTH + 8,
            height: h + 8,
            fill: pain ? COLORS.dangerTint : COLORS.background,
            stroke: pain ? COLORS.danger : COLORS.border,
            strokeWidth: pain ? 2 : 1,
            radius: 6,
            key: `touchpoint:${tp.id}`,
            title: tp.title,
          })
          inner.draw(b, x + 2, top + 4, h)
        },
      }
    }
  }
}

/**
 * The items of a custom lane in one phase, as wide as the phase's columns: each typed item led by
 * its kind in bold (pain points in red), text items as they are.
 */
export function itemsCell(items: readonly LaneItem[], t: Translate, width: number): Cell {
  const maxWidth = width - 2 * PAD
  return stack(
    ...items.map((item) =>
      item.kind === 'text'
        ? textCell(item.text, { maxWidth, maxLines: 4 })
        : stack(
            textCell(t(`lanes.item.kind.${item.kind}`), {
              maxWidth,
              bold: true,
              maxLines: 1,
              fill: item.kind === 'pain' ? COLORS.danger : COLORS.text,
            }),
            textCell(item.text, { maxWidth, maxLines: 4 }),
          ),
    ),
  )
}
