import {
  type BoardDiff,
  type BoardSnapshot,
  type JourneyComparison,
  type PhaseFigures,
  boardDiff,
  comparisonNames,
  journeyTotals,
  phaseFigureRows,
} from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { compareScene } from '../compare/compareScene'
import type { SceneContext } from '../scene/SceneContext'
import { addScene } from './addScene'
import type { PdfFlow } from './PdfFlow'

/** Two versions of the board to compare in the report: the report's board is the later one. */
export interface ReportComparison {
  /** The earlier board. */
  before: BoardSnapshot
  /** What the earlier side is called («Før workshop 2 (3. mars 10:00)»). */
  beforeLabel: string
  /** What the later side is called («Nå», or a version's name). */
  afterLabel: string
}

/**
 * The comparison as its own section of the report (what the history page shows): the matrix
 * with moved actors drawn at both places and an arrow, then in words the category changes,
 * actors and relations added and removed, and per journey the coordination figures before and
 * after, side by side, with touchpoints added and removed and changes of responsibility.
 */
export function comparisonSection(
  flow: PdfFlow,
  after: BoardData,
  comparison: ReportComparison,
  size: { width: number; height: number },
  ctx: SceneContext,
): void {
  const { t } = ctx
  const { before } = comparison
  const diff = boardDiff(before, after)
  const title = t('report.section.compare', {
    from: comparison.beforeLabel,
    to: comparison.afterLabel,
  })
  const continued = t('report.continued', { title })
  addScene(flow, title, compareScene(before, after, diff, ctx, title), size, {
    alt: compareAlt(diff, ctx),
  })

  // The section's name again as page furniture, then the changes under their own headings.
  flow.startPage(title, continued, false)
  flow.heading(t('compare.matrix.heading'), 14, continued)
  const names = comparisonNames(before, after)
  const relationText = (id: string) => {
    const ends = names.relationEnds(id)
    return ends ? t('compare.relation', ends) : id
  }
  const recategorised = diff.actorsMoved.filter((m) => m.from.category !== m.to.category)
  list(
    flow,
    t('compare.categoryChanges.heading'),
    recategorised.map((m) =>
      t('compare.categoryChange', {
        name: m.name,
        from: t(`category.${m.from.category}`),
        to: t(`category.${m.to.category}`),
      }),
    ),
    t('compare.categoryChanges.none'),
    continued,
  )
  if (diff.actorsMoved.length > recategorised.length)
    flow.paragraph(
      t('compare.movedWithin', { count: diff.actorsMoved.length - recategorised.length }),
      { size: 9, continued },
    )
  const none = t('compare.none')
  const name = (id: string) => names.actor(id) ?? id
  list(flow, t('compare.actorsAdded.heading'), diff.actorsAdded.map(name), none, continued)
  list(flow, t('compare.actorsRemoved.heading'), diff.actorsRemoved.map(name), none, continued)
  list(
    flow,
    t('compare.relationsAdded.heading'),
    diff.relationsAdded.map(relationText),
    none,
    continued,
  )
  list(
    flow,
    t('compare.relationsRemoved.heading'),
    diff.relationsRemoved.map(relationText),
    none,
    continued,
  )

  flow.heading(t('compare.journeys.heading'), 14, continued)
  if (diff.journeys.length === 0) flow.paragraph(t('compare.journeys.none'), { continued })
  for (const journey of diff.journeys)
    journeyFigures(flow, journey, before, after, names.actor, ctx, continued)
}

function journeyFigures(
  flow: PdfFlow,
  journey: JourneyComparison,
  before: BoardSnapshot,
  after: BoardSnapshot,
  actorName: (id: string) => string | undefined,
  ctx: SceneContext,
  continued: string,
): void {
  const { t } = ctx
  flow.heading(journey.name, 12, continued)
  if (!journey.before) flow.paragraph(t('compare.journey.onlyAfter'), { size: 9, continued })
  if (!journey.after) flow.paragraph(t('compare.journey.onlyBefore'), { size: 9, continued })
  const pair = (label: string) => [
    { header: `${label}: ${t('compare.column.before')}`, weight: 1.4, numeric: true },
    { header: `${label}: ${t('compare.column.after')}`, weight: 1.4, numeric: true },
  ]
  const cells = (b: PhaseFigures | null, a: PhaseFigures | null) =>
    (['agencies', 'handovers', 'withoutOwner'] as const).flatMap((figure) => [
      b ? String(b[figure]) : '–',
      a ? String(a[figure]) : '–',
    ])
  flow.table(
    [
      { header: t('coordination.phase'), weight: 3 },
      ...pair(t('coordination.phaseAgencies')),
      ...pair(t('coordination.phaseHandovers')),
      ...pair(t('coordination.withoutOwner')),
    ],
    phaseFigureRows(journey, before, after).map((row) => [
      row.title,
      ...cells(row.before, row.after),
    ]),
    {
      continued,
      footer: [
        [
          t('coordination.total'),
          ...cells(journeyTotals(journey.before), journeyTotals(journey.after)),
        ],
      ],
    },
  )
  const touchpoints = new Map(
    [...before.touchpoints, ...after.touchpoints].map((tp) => [tp.id, tp.title]),
  )
  const phases = new Map([...before.phases, ...after.phases].map((p) => [p.id, p.title]))
  const none = t('compare.none')
  const title = (id: string) => touchpoints.get(id) ?? id
  list(flow, t('compare.touchpointsAdded'), journey.touchpointsAdded.map(title), none, continued)
  list(
    flow,
    t('compare.touchpointsRemoved'),
    journey.touchpointsRemoved.map(title),
    none,
    continued,
  )
  const owner = (id: string) => actorName(id) ?? t('compare.deletedActor')
  list(
    flow,
    t('compare.ownerChanges'),
    journey.ownerChanges.map((c) =>
      t('compare.ownerChange', {
        touchpoint: c.title,
        phase: phases.get(c.phaseId) ?? '',
        change: [
          c.added.length > 0 && t('compare.ownerGained', { names: c.added.map(owner).join(', ') }),
          c.removed.length > 0 &&
            t('compare.ownerLost', { names: c.removed.map(owner).join(', ') }),
        ]
          .filter(Boolean)
          .join('; '),
      }),
    ),
    none,
    continued,
  )
}

/** A small heading and its items as a tagged list, or the «none» line. */
function list(
  flow: PdfFlow,
  heading: string,
  items: readonly string[],
  none: string,
  continued: string,
): void {
  flow.heading(heading, 11, continued)
  if (items.length === 0) flow.paragraph(none, { size: 9, continued })
  const group = flow.group()
  for (const item of items) flow.paragraph(`•  ${item}`, { size: 9, continued, list: group })
  flow.space(4)
}

/** The comparison figure in words: what moved, came and went. */
function compareAlt(diff: BoardDiff, ctx: SceneContext): string {
  const { t } = ctx
  return t('report.compare.alt', {
    moved: diff.actorsMoved.length,
    added: diff.actorsAdded.length,
    removed: diff.actorsRemoved.length,
    changes: diff.actorsMoved
      .filter((m) => m.from.category !== m.to.category)
      .map((m) =>
        t('compare.categoryChange', {
          name: m.name,
          from: t(`category.${m.from.category}`),
          to: t(`category.${m.to.category}`),
        }),
      )
      .join('; '),
  })
}
