import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type Phase, type SideFigures, type Touchpoint, sortByOrder } from '@samkart/model'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { useReadOnly } from '../../readOnly/ReadOnlyContext'
import { plainClick } from '../JourneyHeader'
import { useJourneyBoard } from '../useJourneyBoard'
import { CompareDifferences } from './CompareDifferences'
import { CompareSide } from './CompareSide'
import { useJourneyComparison } from './useJourneyComparison'
import '../journey.css'
import './compare.css'

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  doc: Y.Doc
  /** The journey the view was opened from; it and its counterpart are compared. */
  journeyId: string
  /** The address of a journey, so the links to each side open in new tabs too. */
  journeyHref: (journeyId: string) => string
  /** Back to the journey the view was opened from. */
  onBack: () => void
  /** Opens a journey (either side). */
  onOpen: (journeyId: string) => void
  /** «Lag ønsket reise», offered when the journey has no counterpart yet. */
  onCreateToBe: () => void
}

/**
 * A journey as it is beside the journey as it should be, phase by phase (`compareJourneys`):
 * each side's coordination figures and touchpoints with their owners, and what differs, in
 * words as well as colour. A table, so a screen reader hears each row's phase and column; it
 * sits in the scroll region the PNG export draws, so «Eksporter» › PNG gives this comparison.
 * Live: it re-reads the board on every change, so another participant's edit shows at once.
 */
export function CompareView({
  doc,
  journeyId,
  journeyHref,
  onBack,
  onOpen,
  onCreateToBe,
}: CompareViewProps) {
  const t = useT()
  const readOnly = useReadOnly()
  const board = useJourneyBoard(doc)
  const pair = useJourneyComparison(board, journeyId)
  const actorName = useMemo(() => {
    const names = new Map(board.actors.map((a) => [a.id, a.name]))
    return (id: string) => names.get(id) ?? t('journeyCompare.deletedActor')
  }, [board.actors, t])
  const cell = {
    actorName,
    touchpointsOf: (phaseId: string) =>
      sortByOrder(board.touchpoints.filter((tp) => tp.phaseId === phaseId)),
  }

  const back = (
    <Link href={journeyHref(journeyId)} onClick={plainClick(onBack)} className="journey-view__back">
      {t('journeyCompare.back')}
    </Link>
  )
  // Focus lands on the heading when the view opens (data-focus), with a pair or without.
  const heading = (
    <Heading
      id="compare-heading"
      level={2}
      data-size="xs"
      className="journey-view__title"
      data-focus="compare-heading"
      tabIndex={-1}
    >
      {t('journeyCompare.heading')}
    </Heading>
  )
  if (!pair)
    return (
      <section className="journey-view compare-view" aria-labelledby="compare-heading">
        <div className="journey-view__titlebar">
          {back}
          {heading}
        </div>
        <Paragraph data-size="sm">{t('journeyCompare.none')}</Paragraph>
        {!readOnly && (
          <div>
            <Button data-size="sm" onClick={onCreateToBe}>
              {t('journeyCompare.create')}
            </Button>
          </div>
        )}
      </section>
    )

  const { asIs, toBe, comparison } = pair
  const caption = t('journeyCompare.caption', { asIs: asIs.title, toBe: toBe.title })
  const openLink = (id: string, title: string) => (
    <Link href={journeyHref(id)} onClick={plainClick(() => onOpen(id))}>
      {t('journeyCompare.openJourney', { title })}
    </Link>
  )
  return (
    <section className="journey-view compare-view" aria-labelledby="compare-heading">
      <div className="journey-view__header">
        <div className="journey-view__titlebar">
          {back}
          {heading}
          <div className="journey-toolbar compare-view__links">
            {openLink(asIs.id, asIs.title)}
            {openLink(toBe.id, toBe.title)}
          </div>
        </div>
        <p className="journey-view__description compare-view__intro">{t('journeyCompare.intro')}</p>
        {/* The whole journeys' figures first: the answer a workshop looks for. */}
        <div className="compare-summary">
          <span className="compare-summary__label">{t('journeyCompare.total')}</span>
          <CompareDifferences
            differences={comparison.differences.filter((d) => d.kind === 'figure')}
            actorName={actorName}
            label={t('journeyCompare.total')}
            inline
          />
        </div>
      </div>
      <div
        className="journey-scroll compare-scroll"
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table className="compare-table" aria-label={caption}>
          <colgroup>
            <col className="compare-table__phase" />
            <col />
            <col />
            <col className="compare-table__diffs" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('journeyCompare.col.phase')}</th>
              <th scope="col">{t('journeyCompare.col.asIs', { title: asIs.title })}</th>
              <th scope="col">{t('journeyCompare.col.toBe', { title: toBe.title })}</th>
              <th scope="col">{t('journeyCompare.col.differences')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => {
              const renamed =
                row.asIs && row.toBe && row.asIs.title !== row.toBe.title
                  ? `${row.asIs.title} → ${row.toBe.title}`
                  : (row.asIs ?? row.toBe)!.title
              return (
                <tr key={`${row.asIs?.id ?? ''}:${row.toBe?.id ?? ''}`}>
                  <th scope="row">{renamed}</th>
                  <td>
                    <SideCell phase={row.asIs} figures={row.asIsFigures} {...cell} />
                  </td>
                  <td>
                    <SideCell phase={row.toBe} figures={row.toBeFigures} {...cell} />
                  </td>
                  <td>
                    <CompareDifferences differences={row.differences} actorName={actorName} />
                  </td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('journeyCompare.total')}</th>
              <td>
                <CompareSide figures={comparison.asIsTotal} actorName={actorName} />
              </td>
              <td>
                <CompareSide figures={comparison.toBeTotal} actorName={actorName} />
              </td>
              <td>
                <CompareDifferences differences={comparison.differences} actorName={actorName} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}

/** One side of a row: its figures and touchpoints, or a note that the phase has no match. */
function SideCell({
  phase,
  figures,
  touchpointsOf,
  actorName,
}: {
  phase: Phase | null
  figures: SideFigures | null
  touchpointsOf: (phaseId: string) => Touchpoint[]
  actorName: (id: string) => string
}) {
  const t = useT()
  if (!phase || !figures)
    return <p className="compare-side__empty">{t('journeyCompare.noPhase')}</p>
  return (
    <CompareSide figures={figures} touchpoints={touchpointsOf(phase.id)} actorName={actorName} />
  )
}
