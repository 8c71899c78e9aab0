import { type Locale, type Translate, DEFAULT_LOCALE, createTranslator } from '@samkart/i18n'
import { type Actor, actorCategory, sortByOrder, touchpointCountsByActor } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { journeysInOrder } from '../scene/buildScene'
import { laneItemRows } from './laneItemRows'
import { noteRows } from './noteRows'

/** The tables a board exports. */
export type TableKind = 'actors' | 'relations' | 'touchpoints' | 'notes' | 'laneItems'
/** Every {@link TableKind}, in export order. */
export const TABLE_KINDS: readonly TableKind[] = [
  'actors',
  'relations',
  'touchpoints',
  'notes',
  'laneItems',
]

/** A cell as exported: text, or a number (scores in percent, emotion −2..2). */
export type TableCell = string | number

/** A column of an exported table: a stable key and the localised header. */
export interface TableColumn {
  key: string
  header: string
}

/** One exported table, before neutralising (the writers neutralise). */
export interface DataTable {
  kind: TableKind
  /** Localised sheet name, e.g. «Aktører». */
  title: string
  columns: TableColumn[]
  rows: TableCell[][]
}

/** The column keys of each table, in order; also the importers' field names where they match. */
export const TABLE_COLUMNS = {
  actors: [
    'name',
    'shortName',
    'orgNumber',
    'level',
    'kind',
    'strategy',
    'category',
    'importance',
    'substitutability',
    'interest',
    'influence',
    'trust',
    'involvement',
    'touchpoints',
    'notes',
  ],
  relations: ['source', 'target', 'type', 'label', 'strength', 'trust'],
  touchpoints: [
    'journey',
    'phase',
    'title',
    'description',
    'action',
    'channel',
    'emotion',
    'need',
    'painPoint',
    'painType',
    'legalBasis',
    'backstage',
    'responsible',
    'responsibleOrgNumbers',
  ],
  notes: ['text', 'color', 'view', 'place', 'author', 'createdAt'],
  laneItems: ['journey', 'lane', 'phase', 'kind', 'text', 'description', 'addresses'],
} as const satisfies Record<TableKind, readonly string[]>

const ENTITY = { actors: 'actor', relations: 'relation', touchpoints: 'touchpoint' } as const

const header = (t: Translate, kind: TableKind, key: string) =>
  kind === 'notes'
    ? t(`notes.column.${key}` as Parameters<Translate>[0])
    : kind === 'laneItems'
      ? t(`lanes.table.${key}` as Parameters<Translate>[0])
      : t(`report.column.${ENTITY[kind]}.${key}` as Parameters<Translate>[0])

/** A 0..1 score as a percentage with at most two decimals (the model keeps four). */
export const percent = (value: number) => Math.round(value * 10_000) / 100

/** Actors sorted as the actor list shows them: by name (bokmål), then id. */
export function actorsInOrder(actors: readonly Actor[]): Actor[] {
  return [...actors].sort(
    (a, b) => a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/**
 * The actors, relations, touchpoints or notes of a board as a table, with names instead of ids,
 * localised headers and enum labels, scores in percent, responsible agencies by name and
 * organisation number, and legal basis.
 */
export function boardTable(
  board: BoardData,
  kind: TableKind,
  options: { locale?: Locale } = {},
): DataTable {
  const t = createTranslator(options.locale ?? DEFAULT_LOCALE)
  const columns = TABLE_COLUMNS[kind].map((key) => ({ key, header: header(t, kind, key) }))
  const title =
    kind === 'notes'
      ? t('notes.sheet')
      : kind === 'laneItems'
        ? t('lanes.table.name')
        : t(`report.sheet.${kind}`)
  return { kind, title, columns, rows: tableRows(board, kind, t) }
}

function tableRows(board: BoardData, kind: TableKind, t: Translate): TableCell[][] {
  const actorById = new Map(board.actors.map((a) => [a.id, a]))
  switch (kind) {
    case 'actors': {
      const owned = touchpointCountsByActor(board.touchpoints)
      return actorsInOrder(board.actors).map((a) => [
        a.name,
        a.shortName,
        a.orgNumber,
        t(`level.${a.level}`),
        t(`kind.${a.kind}`),
        a.strategy ? t(`strategy.${a.strategy}`) : '',
        t(`category.${actorCategory(a.importance, a.substitutability)}`),
        percent(a.importance),
        percent(a.substitutability),
        percent(a.interest),
        percent(a.influence),
        percent(a.trust),
        a.involvement ? t(`involvement.${a.involvement}`) : '',
        owned.get(a.id) ?? 0,
        a.notes,
      ])
    }
    case 'relations': {
      const name = (id: string) => actorById.get(id)?.name ?? ''
      return [...board.relations]
        .sort(
          (a, b) =>
            name(a.source).localeCompare(name(b.source), 'nb') ||
            name(a.target).localeCompare(name(b.target), 'nb') ||
            a.type.localeCompare(b.type) ||
            a.label.localeCompare(b.label, 'nb') ||
            (a.id < b.id ? -1 : 1),
        )
        .map((r) => [
          name(r.source),
          name(r.target),
          t(`relation.type.${r.type}`),
          r.label,
          percent(r.strength),
          percent(r.trust),
        ])
    }
    case 'touchpoints': {
      const rows: TableCell[][] = []
      for (const journey of journeysInOrder(board)) {
        const phases = sortByOrder(board.phases.filter((p) => p.journeyId === journey.id))
        for (const phase of phases)
          for (const tp of sortByOrder(board.touchpoints.filter((x) => x.phaseId === phase.id))) {
            // By name, not by id: ids change on import, and the order should not.
            const owners = tp.responsible
              .map((id) => actorById.get(id))
              .sort((a, b) => (a?.name ?? '\uffff').localeCompare(b?.name ?? '\uffff', 'nb'))
            rows.push([
              journey.title,
              phase.title,
              tp.title,
              tp.description,
              tp.action,
              t(`journey.channel.${tp.channel}`),
              tp.emotion,
              tp.need,
              tp.painPoint,
              tp.painType ? t(`journey.painType.${tp.painType}`) : '',
              tp.legalBasis,
              tp.backstage,
              owners.map((a) => a?.name ?? t('report.responsible.deleted')).join('; '),
              owners
                .map((a) => a?.orgNumber ?? '')
                .filter(Boolean)
                .join('; '),
            ])
          }
      }
      return rows
    }
    case 'notes':
      return noteRows(board, t)
    case 'laneItems':
      return laneItemRows(board, t)
  }
}
