import { intlLocale } from '@samkart/i18n'
import { lensQuadrant } from '@samkart/layout'
import { RELATION_TYPES, actorCategory, categoryCounts } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import type { JourneyColumn } from '../scene/journeyScene'
import type { SceneContext } from '../scene/SceneContext'

/** Names listed per group in a description; more are counted («og 12 til»), not read out. */
const MAX_NAMES = 8

/** «A, B og 3 til»: a list read aloud, long ones shortened. */
function names(ctx: SceneContext, all: readonly string[]): string {
  const shown = all.slice(0, MAX_NAMES).join(', ')
  return all.length > MAX_NAMES
    ? ctx.t('report.alt.more', { names: shown, count: all.length - MAX_NAMES })
    : shown
}

/** Names in alphabetical order of the report's language, as the tables list them. */
function sorted(ctx: SceneContext, all: readonly string[]): string[] {
  const collator = new Intl.Collator(intlLocale(ctx.locale))
  return [...all].sort(collator.compare)
}

/**
 * The description of the aktørkart matrix a screen reader reads in place of the picture: how
 * many actors, how many in each category, and who they are.
 */
export function matrixAlt(board: BoardData, ctx: SceneContext): string {
  const counts = categoryCounts(board.actors)
  const parts = [ctx.t('report.alt.matrix', { count: board.actors.length, ...counts })]
  for (const category of ['viktig', 'moderat', 'lav'] as const) {
    const inCategory = board.actors
      .filter((a) => actorCategory(a.importance, a.substitutability) === category)
      .map((a) => a.name)
    if (inCategory.length > 0)
      parts.push(`${ctx.t(`category.${category}`)}: ${names(ctx, sorted(ctx, inCategory))}.`)
  }
  return parts.join(' ')
}

/** The network's description: actors and relations, and how many relations of each type. */
export function networkAlt(board: BoardData, ctx: SceneContext): string {
  const byType = RELATION_TYPES.map((type) => ({
    type,
    count: board.relations.filter((r) => r.type === type).length,
  }))
    .filter((b) => b.count > 0)
    .map((b) => `${ctx.t(`relation.type.${b.type}`)} ${b.count}`)
  const summary = ctx.t('report.alt.network', {
    actors: board.actors.length,
    relations: board.relations.length,
  })
  return byType.length > 0
    ? `${summary} ${ctx.t('report.alt.relationTypes', { types: byType.join(', ') })}`
    : summary
}

const QUADRANTS = [
  ['high-high', 'lens.quadrant.manage'],
  ['high-low', 'lens.quadrant.satisfy'],
  ['low-high', 'lens.quadrant.inform'],
  ['low-low', 'lens.quadrant.monitor'],
] as const

/** The interest × influence lens's description: the actors in each quadrant, by advice. */
export function lensAlt(board: BoardData, ctx: SceneContext): string {
  const parts = [ctx.t('report.alt.lens', { count: board.actors.length })]
  for (const [quadrant, label] of QUADRANTS) {
    const inQuadrant = board.actors.filter((a) => lensQuadrant(a) === quadrant).map((a) => a.name)
    if (inQuadrant.length > 0)
      parts.push(`${ctx.t(label)} (${inQuadrant.length}): ${names(ctx, sorted(ctx, inQuadrant))}.`)
  }
  return parts.join(' ')
}

/**
 * The description of one page of a journey: its phases on this page, in order, with how many
 * touchpoints they hold and how many carry a pain point (their texts are in the table of
 * touchpoints).
 */
export function journeyAlt(
  title: string,
  columns: readonly JourneyColumn[],
  ctx: SceneContext,
): string {
  const phases: { id: string; title: string }[] = []
  for (const c of columns) if (phases.at(-1)?.id !== c.phase.id) phases.push(c.phase)
  const touchpoints = columns.filter((c) => c.touchpoint !== null)
  return ctx.t('report.alt.journey', {
    title,
    phases: phases.length,
    touchpoints: touchpoints.length,
    pain: touchpoints.filter((c) => c.touchpoint!.painPoint.trim() !== '').length,
    names: names(
      ctx,
      phases.map((p) => p.title),
    ),
  })
}
