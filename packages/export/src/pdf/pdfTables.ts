import { intlLocale } from '@samkart/i18n'
import type { BoardData } from '../board/BoardData'
import type { SceneContext } from '../scene/SceneContext'
import { type TableKind, boardTable } from '../tables/boardTable'
import type { FlowColumn, PdfFlow } from './PdfFlow'

/** Which columns of each exported table the report prints, and how wide at least (relative). */
export const PRINTED: Record<TableKind, Record<string, number>> = {
  actors: {
    name: 3,
    shortName: 1.5,
    orgNumber: 1.6,
    level: 1.2,
    kind: 1.2,
    strategy: 1.2,
    category: 1,
    importance: 1.1,
    substitutability: 1.4,
    touchpoints: 1.2,
    notes: 4,
  },
  relations: { source: 3, target: 3, type: 2, label: 4, strength: 1, trust: 1 },
  touchpoints: {
    journey: 2,
    phase: 2,
    title: 3,
    channel: 1.2,
    emotion: 1,
    painPoint: 3,
    legalBasis: 2,
    responsible: 3,
    responsibleOrgNumbers: 1.8,
  },
  notes: { text: 5, color: 1, view: 1.6, place: 3, author: 1.6, createdAt: 1.8 },
  // Printed per journey by `opportunitiesSection`, not as a table of its own.
  laneItems: {},
}

const EMPTY = {
  actors: 'report.empty.actors',
  relations: 'report.empty.relations',
  touchpoints: 'report.empty.touchpoints',
  notes: 'notes.report.none',
} as const

/** The actors, relations, touchpoints and notes tables, each a section of its own. */
export function pdfTables(flow: PdfFlow, board: BoardData, ctx: SceneContext): void {
  const decimal = new Intl.NumberFormat(intlLocale(ctx.locale), {
    maximumFractionDigits: 2,
  })
  for (const kind of ['actors', 'relations', 'touchpoints', 'notes'] as const) {
    const table = boardTable(board, kind, { locale: ctx.locale })
    const title = kind === 'notes' ? ctx.t('notes.report.heading') : ctx.t(`report.section.${kind}`)
    flow.startPage(title, `${title} (${table.rows.length})`)
    if (table.rows.length === 0) {
      flow.paragraph(ctx.t(EMPTY[kind]), { continued: title })
      continue
    }
    const picked = table.columns
      .map((c, index) => ({ c, index, weight: PRINTED[kind][c.key] }))
      .filter((p): p is typeof p & { weight: number } => p.weight !== undefined)
    const columns: FlowColumn[] = picked.map((p) => ({
      header: p.c.header,
      weight: p.weight,
      numeric: typeof table.rows[0]![p.index] === 'number',
    }))
    const rows = table.rows.map((row) =>
      picked.map((p) => {
        const cell = row[p.index]!
        return typeof cell === 'number' ? decimal.format(cell) : cell
      }),
    )
    flow.table(columns, rows, { continued: ctx.t('report.continued', { title }) })
  }
}
