import { Button, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Journey } from '@samkart/model'
import type { MouseEvent } from 'react'
import type { JourneyBoard } from './useJourneyBoard'
import { JourneyTags } from './JourneyTags'
import { JourneyStageTag } from './compare/JourneyStageTag'
import { useReadOnly } from '../readOnly/ReadOnlyContext'

/** Props of {@link JourneyList}. */
export interface JourneyListProps {
  board: JourneyBoard
  /** The address of a journey, so it opens in a new tab too and can be shared. */
  journeyHref: (id: string) => string
  onOpen: (id: string) => void
  onCreate: () => void
  onEdit: (journey: Journey) => void
  onDuplicate: (journey: Journey) => void
  onDelete: (journey: Journey) => void
}

/** The board's journeys as cards: title, persona, variant tags, size, and what can be done. */
export function JourneyList({
  board,
  journeyHref,
  onOpen,
  onCreate,
  onEdit,
  onDuplicate,
  onDelete,
}: JourneyListProps) {
  const t = useT()
  const readOnly = useReadOnly()
  const count = (journeyId: string) => ({
    phases: board.phases.filter((p) => p.journeyId === journeyId).length,
    touchpoints: board.touchpoints.filter((tp) => tp.journeyId === journeyId).length,
  })
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    onOpen(id)
  }

  return (
    <section className="journey-list" aria-labelledby="journey-list-heading">
      <div className="journey-list__header">
        <div>
          <Heading id="journey-list-heading" level={2} data-size="sm">
            {t('journeys.heading')}
          </Heading>
          <Paragraph data-size="sm" className="journey-muted">
            {t('journeys.intro')}
          </Paragraph>
        </div>
        {!readOnly && (
          <Button data-size="sm" onClick={onCreate}>
            {t('journeys.create')}
          </Button>
        )}
      </div>
      {board.journeys.length === 0 ? (
        <Paragraph data-size="sm">{t('journeys.empty')}</Paragraph>
      ) : (
        <ul className="journey-list__items">
          {board.journeys.map((journey) => (
            <li key={journey.id}>
              <Card data-color="neutral" className="journey-card">
                <Heading level={3} data-size="xs">
                  <Link href={journeyHref(journey.id)} onClick={open(journey.id)}>
                    {journey.title}
                  </Link>
                </Heading>
                {journey.description && (
                  <Paragraph data-size="sm" className="journey-card__description">
                    {journey.description}
                  </Paragraph>
                )}
                <JourneyStageTag stage={journey.stage} />
                <JourneyTags tags={journey.tags} />
                <Paragraph data-size="xs" className="journey-muted">
                  {t('journeys.counts', count(journey.id))}
                </Paragraph>
                {!readOnly && (
                  <div className="journey-card__actions">
                    <Button
                      variant="secondary"
                      data-size="sm"
                      aria-label={t('journeys.edit', { title: journey.title })}
                      onClick={() => onEdit(journey)}
                    >
                      {t('journeys.editShort')}
                    </Button>
                    <Button
                      variant="secondary"
                      data-size="sm"
                      aria-label={t('journeys.duplicate', { title: journey.title })}
                      onClick={() => onDuplicate(journey)}
                    >
                      {t('journeys.duplicateShort')}
                    </Button>
                    <Button
                      variant="tertiary"
                      data-color="danger"
                      data-size="sm"
                      aria-label={t('journeys.delete', { title: journey.title })}
                      onClick={() => onDelete(journey)}
                    >
                      {t('journeys.deleteShort')}
                    </Button>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
