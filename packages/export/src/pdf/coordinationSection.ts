import { type Journey, analyseJourney } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import type { SceneContext } from '../scene/SceneContext'
import type { PdfFlow } from './PdfFlow'

/**
 * The coordination analysis of one journey, with the figures the canvas's CoordinationPanel
 * shows (docs/coordination-analysis.md): hand-overs, agencies met, a table per phase with the
 * agencies by name, the information several agencies ask for (detected from `asksFor`), and the
 * touchpoints without owner, with a deleted owner, or tagged as asking for the same information
 * again.
 */
export function coordinationSection(
  flow: PdfFlow,
  board: BoardData,
  journey: Journey,
  ctx: SceneContext,
): void {
  const { t } = ctx
  const title = t('report.section.coordination', { title: journey.title })
  const continued = t('report.continued', { title })
  flow.startPage(title, title)
  const phases = board.phases.filter((p) => p.journeyId === journey.id)
  const touchpoints = board.touchpoints.filter((tp) => tp.journeyId === journey.id)
  const actorName = new Map(board.actors.map((a) => [a.id, a.name]))
  const infoName = new Map((board.infoItems ?? []).map((i) => [i.id, i.name]))
  const result = analyseJourney(
    phases,
    touchpoints,
    (id) => actorName.has(id),
    (id) => infoName.has(id),
  )
  if (result.sequence.length === 0) {
    flow.paragraph(t('coordination.empty'), { continued })
    return
  }
  flow.paragraph(t('coordination.handovers', { count: result.handovers }), {
    size: 13,
    bold: true,
    continued,
  })
  flow.paragraph(t('coordination.handovers.description'), { size: 9, continued })
  flow.paragraph(t('coordination.agencies', { count: result.agencies.length }), {
    size: 11,
    bold: true,
    continued,
  })
  flow.paragraph(t('report.coordination.touchpoints', { count: result.sequence.length }), {
    size: 11,
    continued,
  })
  flow.space(6)
  flow.heading(t('coordination.perPhase'), 12, continued)
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => actorName.get(id)!)
      .sort((a, b) => a.localeCompare(b, 'nb'))
      .join(', ')
  const phaseTitle = new Map(phases.map((p) => [p.id, p.title]))
  flow.table(
    [
      { header: t('coordination.phase'), weight: 3 },
      { header: t('coordination.phaseAgencies'), weight: 1.2, numeric: true },
      { header: t('report.coordination.agencyNames'), weight: 7 },
      { header: t('coordination.phaseHandovers'), weight: 1.3, numeric: true },
    ],
    result.phases.map((p) => [
      phaseTitle.get(p.phaseId) ?? '',
      String(p.agencies.length),
      names(p.agencies),
      String(p.handovers),
    ]),
    {
      continued,
      footer: [
        [
          t('coordination.total'),
          String(result.agencies.length),
          names(result.agencies),
          String(result.handovers),
        ],
      ],
    },
  )
  const tpTitle = new Map(touchpoints.map((tp) => [tp.id, tp.title]))
  flow.heading(t('coordination.requests'), 11, continued)
  flow.paragraph(t('coordination.requests.extra', { count: result.extraRequests }), {
    size: 10,
    bold: true,
    continued,
  })
  flow.paragraph(t('coordination.requests.description'), { size: 9, continued })
  if (result.repeatedRequests.length === 0)
    flow.paragraph(t('coordination.requests.none'), { size: 9, continued })
  else
    flow.table(
      [
        { header: t('report.coordination.information'), weight: 3 },
        { header: t('report.coordination.requests'), weight: 1.3, numeric: true },
        { header: t('report.coordination.again'), weight: 1.3, numeric: true },
        { header: t('report.coordination.agencyNames'), weight: 5 },
        { header: t('report.coordination.askedBy'), weight: 6 },
      ],
      result.repeatedRequests.map((r) => [
        infoName.get(r.infoItemId) ?? '',
        String(r.touchpoints.length),
        String(r.extra),
        names(r.agencies),
        r.touchpoints.map((id) => tpTitle.get(id) ?? '').join(', '),
      ]),
      { continued },
    )
  flow.space(4)
  const findings = [
    ['coordination.withoutOwner', 'coordination.withoutOwner.none', result.withoutOwner],
    ['coordination.deletedOwner', 'coordination.deletedOwner.none', result.deletedOwner],
    ['coordination.repeated', 'coordination.repeated.none', result.repeatedInformation],
  ] as const
  for (const [heading, none, ids] of findings) {
    flow.heading(`${t(heading)} (${ids.length})`, 11, continued)
    if (ids.length === 0) flow.paragraph(t(none), { size: 9, continued })
    // The touchpoints found are a list, read as one («list, 3 items») by a screen reader.
    const list = flow.group()
    for (const id of ids)
      flow.paragraph(`•  ${tpTitle.get(id) ?? ''}`, { size: 9, continued, list })
    flow.space(4)
  }
}
