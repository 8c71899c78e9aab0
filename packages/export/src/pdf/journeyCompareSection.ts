import type { Translate } from '@samkart/i18n'
import {
  COMPARE_FIGURES,
  type CompareDifference,
  type Journey,
  type SideFigures,
  compareJourneys,
  sortByOrder,
} from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { journeysInOrder } from '../scene/buildScene'
import type { SceneContext } from '../scene/SceneContext'
import type { PdfFlow } from './PdfFlow'

/**
 * The board's as-is/to-be pairs, each once, as-is first: a journey and its existing
 * counterpart, the one marked `to-be` on the right (when neither or both are, the first by
 * title is the as-is side), in the order of their as-is journeys.
 */
export function journeyPairs(board: BoardData): { asIs: Journey; toBe: Journey }[] {
  const byId = new Map(board.journeys.map((j) => [j.id, j]))
  const seen = new Set<string>()
  const pairs: { asIs: Journey; toBe: Journey }[] = []
  for (const journey of journeysInOrder(board)) {
    const other = byId.get(journey.counterpartId)
    if (!other || other.id === journey.id || seen.has(journey.id)) continue
    seen.add(journey.id).add(other.id)
    pairs.push(
      journey.stage === 'to-be' && other.stage !== 'to-be'
        ? { asIs: other, toBe: journey }
        : { asIs: journey, toBe: other },
    )
  }
  return pairs
}

/**
 * The comparison of an as-is journey with its to-be, as the canvas's compare view shows it
 * (`compareJourneys`): a table by phase with each side's coordination figures and touchpoints
 * (with their owners), and the differences in words, the whole journeys in the footer row.
 */
export function journeyCompareSection(
  flow: PdfFlow,
  board: BoardData,
  pair: { asIs: Journey; toBe: Journey },
  ctx: SceneContext,
): void {
  const { t } = ctx
  const { asIs, toBe } = pair
  const title = t('report.section.journeyCompare', { asIs: asIs.title, toBe: toBe.title })
  const continued = t('report.continued', { title })
  flow.startPage(title, title)
  flow.paragraph(t('journeyCompare.intro'), { size: 9, continued })
  flow.space(4)
  const names = new Map(board.actors.map((a) => [a.id, a.name]))
  const actorName = (id: string) => names.get(id) ?? t('journeyCompare.deletedActor')
  const parts = (id: string) => ({
    phases: board.phases.filter((p) => p.journeyId === id),
    touchpoints: board.touchpoints.filter((tp) => tp.journeyId === id),
  })
  const infoIds = new Set((board.infoItems ?? []).map((i) => i.id))
  const result = compareJourneys(
    parts(asIs.id),
    parts(toBe.id),
    (id) => names.has(id),
    (id) => infoIds.has(id),
  )
  const side = (figures: SideFigures | null, phaseId: string | null) => {
    if (!figures) return t('journeyCompare.noPhase')
    const counts = COMPARE_FIGURES.map((f) =>
      t(`journeyCompare.figure.${f}`, { count: figures.counts[f] }),
    ).join(', ')
    if (phaseId === null) return counts
    const touchpoints = sortByOrder(board.touchpoints.filter((tp) => tp.phaseId === phaseId))
    const lines = touchpoints.map(
      (tp) =>
        `•  ${tp.title} (${tp.responsible.length === 0 ? t('journeyCompare.noOwner') : tp.responsible.map(actorName).join(', ')})`,
    )
    return [counts, ...lines].join('\n')
  }
  const diffs = (differences: readonly CompareDifference[]) =>
    differences.length === 0
      ? t('journeyCompare.diff.none')
      : differences.map((d) => `•  ${differenceLine(d, t, actorName)}`).join('\n')
  flow.table(
    [
      { header: t('journeyCompare.col.phase'), weight: 2 },
      { header: t('journeyCompare.col.asIs', { title: asIs.title }), weight: 4 },
      { header: t('journeyCompare.col.toBe', { title: toBe.title }), weight: 4 },
      { header: t('journeyCompare.col.differences'), weight: 4 },
    ],
    result.rows.map((row) => [
      row.asIs && row.toBe && row.asIs.title !== row.toBe.title
        ? `${row.asIs.title} → ${row.toBe.title}`
        : (row.asIs ?? row.toBe)!.title,
      side(row.asIsFigures, row.asIs?.id ?? null),
      side(row.toBeFigures, row.toBe?.id ?? null),
      diffs(row.differences),
    ]),
    {
      continued,
      footer: [
        [
          t('journeyCompare.total'),
          side(result.asIsTotal, null),
          side(result.toBeTotal, null),
          diffs(result.differences),
        ],
      ],
    },
  )
}

/**
 * One difference in words, with whether it lightens the burden said in the text (print is
 * often black and white). The canvas's `differenceText` says the same for the screen.
 */
function differenceLine(
  difference: CompareDifference,
  t: Translate,
  actorName: (id: string) => string,
): string {
  switch (difference.kind) {
    case 'phase-only':
      return t(`journeyCompare.diff.phase.${difference.side}`)
    case 'figure': {
      const count = Math.abs(difference.change)
      const change =
        difference.figure === 'touchpoints'
          ? t(difference.change < 0 ? 'journeyCompare.diff.fewer' : 'journeyCompare.diff.more', {
              count,
            })
          : t(difference.change < 0 ? 'journeyCompare.diff.better' : 'journeyCompare.diff.worse', {
              count,
            })
      const figure = t('journeyCompare.diff.figure', {
        figure: t(`journeyCompare.name.${difference.figure}`),
        asIs: difference.asIs,
        toBe: difference.toBe,
      })
      return `${figure} (${change})`
    }
    case 'agency':
      return t(`journeyCompare.diff.agency.${difference.side}`, {
        name: actorName(difference.actorId),
      })
    case 'touchpoint':
      return t(`journeyCompare.diff.touchpoint.${difference.side}`, { title: difference.title })
    case 'owners': {
      const list = (ids: readonly string[]) =>
        ids.length === 0 ? t('journeyCompare.noOwner') : ids.map(actorName).join(', ')
      return t('journeyCompare.diff.owners', {
        title: difference.title,
        asIs: list(difference.asIs),
        toBe: list(difference.toBe),
      })
    }
  }
}
