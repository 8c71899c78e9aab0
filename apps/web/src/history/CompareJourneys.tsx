import { Heading, Paragraph, Table } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import {
  type BoardDiff,
  type BoardSnapshot,
  type JourneyComparison,
  type PhaseFigures,
  journeyTotals,
  phaseFigureRows,
} from '@samkart/model'
import { Fragment } from 'react'

/**
 * Each journey's coordination figures before and after, per phase and for the whole journey
 * (agencies, hand-overs, touchpoints without an owner), then the touchpoints added and
 * removed and the changes of responsibility, each with its phase.
 */
export function CompareJourneys({
  before,
  after,
  diff,
}: {
  before: BoardSnapshot
  after: BoardSnapshot
  diff: BoardDiff
}) {
  const t = useT()
  return (
    <section className="compare-section" aria-labelledby="compare-journeys-heading">
      <Heading id="compare-journeys-heading" level={3} data-size="xs">
        {t('compare.journeys.heading')}
      </Heading>
      {diff.journeys.length === 0 && (
        <Paragraph data-size="sm">{t('compare.journeys.none')}</Paragraph>
      )}
      {diff.journeys.map((journey) => (
        <JourneyFigures key={journey.journeyId} journey={journey} before={before} after={after} />
      ))}
    </section>
  )
}

function JourneyFigures({
  journey,
  before,
  after,
}: {
  journey: JourneyComparison
  before: BoardSnapshot
  after: BoardSnapshot
}) {
  const t = useT()
  const phases = new Map([...before.phases, ...after.phases].map((p) => [p.id, p.title]))
  const touchpoints = new Map(
    [...before.touchpoints, ...after.touchpoints].map((tp) => [tp.id, tp.title]),
  )
  const actors = new Map([...before.actors, ...after.actors].map((a) => [a.id, a.name]))
  const actorName = (id: string) => actors.get(id) ?? t('compare.deletedActor')
  const rows = phaseFigureRows(journey, before, after)
  const totals = { before: journeyTotals(journey.before), after: journeyTotals(journey.after) }
  return (
    <article className="compare-journey">
      <Heading level={4} data-size="2xs">
        {journey.name}
      </Heading>
      {!journey.before && <Paragraph data-size="sm">{t('compare.journey.onlyAfter')}</Paragraph>}
      {!journey.after && <Paragraph data-size="sm">{t('compare.journey.onlyBefore')}</Paragraph>}
      <Table data-size="sm" className="compare-figures">
        <caption>{t('compare.figures.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>{t('coordination.phase')}</Table.HeaderCell>
            <Table.HeaderCell colSpan={2}>{t('coordination.phaseAgencies')}</Table.HeaderCell>
            <Table.HeaderCell colSpan={2}>{t('coordination.phaseHandovers')}</Table.HeaderCell>
            <Table.HeaderCell colSpan={2}>{t('coordination.withoutOwner')}</Table.HeaderCell>
          </Table.Row>
          <Table.Row>
            {[0, 1, 2].map((group) => (
              <Fragment key={group}>
                <Table.HeaderCell>{t('compare.column.before')}</Table.HeaderCell>
                <Table.HeaderCell>{t('compare.column.after')}</Table.HeaderCell>
              </Fragment>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.phaseId}>
              <Table.HeaderCell scope="row">{row.title}</Table.HeaderCell>
              <FigureCells before={row.before} after={row.after} />
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('coordination.total')}</Table.HeaderCell>
            <FigureCells before={totals.before} after={totals.after} />
          </Table.Row>
        </Table.Body>
      </Table>
      <dl className="compare-changes">
        <dt>{t('compare.touchpointsAdded')}</dt>
        <dd>
          {names(
            journey.touchpointsAdded.map((id) => touchpoints.get(id) ?? id),
            t('compare.none'),
          )}
        </dd>
        <dt>{t('compare.touchpointsRemoved')}</dt>
        <dd>
          {names(
            journey.touchpointsRemoved.map((id) => touchpoints.get(id) ?? id),
            t('compare.none'),
          )}
        </dd>
        <dt>{t('compare.ownerChanges')}</dt>
        <dd>
          {journey.ownerChanges.length === 0 ? (
            t('compare.none')
          ) : (
            <ul>
              {journey.ownerChanges.map((c) => (
                <li key={c.touchpointId}>
                  {t('compare.ownerChange', {
                    touchpoint: c.title,
                    phase: phases.get(c.phaseId) ?? '',
                    change: [
                      c.added.length > 0 &&
                        t('compare.ownerGained', { names: c.added.map(actorName).join(', ') }),
                      c.removed.length > 0 &&
                        t('compare.ownerLost', { names: c.removed.map(actorName).join(', ') }),
                    ]
                      .filter(Boolean)
                      .join('; '),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  )
}

/** A row's before/after pairs; a dash where the phase is not on that side, the changed marked. */
function FigureCells({
  before,
  after,
}: {
  before: PhaseFigures | null
  after: PhaseFigures | null
}) {
  const dash = '–'
  return (
    <>
      {(['agencies', 'handovers', 'withoutOwner'] as const).map((figure) => (
        <Fragment key={figure}>
          <Table.Cell>{before ? before[figure] : dash}</Table.Cell>
          <Table.Cell data-changed={changed(before?.[figure], after?.[figure])}>
            {after ? after[figure] : dash}
          </Table.Cell>
        </Fragment>
      ))}
    </>
  )
}

function changed(before: number | undefined, after: number | undefined): boolean | undefined {
  return before !== undefined && after !== undefined && before !== after ? true : undefined
}

function names(list: string[], none: string): string {
  return list.length > 0 ? list.join(', ') : none
}
