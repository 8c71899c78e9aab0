import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Actor } from '@samkart/model'
import { useId } from 'react'

/** Props of {@link ActorFinding}. */
export interface ActorFindingProps {
  heading: string
  description: string
  /** Shown when the finding is empty (good news, usually). */
  none: string
  actors: Actor[]
  onSelect: (ids: string[]) => void
}

/**
 * One finding about the network, e.g. «Kan blokkere arbeidet»: the actors it concerns, each a
 * button that selects it on the map, and a button that selects them all.
 */
export function ActorFinding({ heading, description, none, actors, onSelect }: ActorFindingProps) {
  const t = useT()
  const headingId = useId()
  return (
    <section className="samkart-insight__section" aria-labelledby={headingId}>
      <Heading id={headingId} level={3} data-size="2xs">
        {heading} <span className="samkart-panel__count">({actors.length})</span>
      </Heading>
      <Paragraph data-size="sm" className="samkart-insight__description">
        {actors.length === 0 ? none : description}
      </Paragraph>
      {actors.length > 0 && (
        <>
          <ul className="samkart-insight__actors">
            {actors.map((actor) => (
              <li key={actor.id}>
                <Button variant="tertiary" data-size="sm" onClick={() => onSelect([actor.id])}>
                  {actor.name}
                </Button>
              </li>
            ))}
          </ul>
          {actors.length > 1 && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => onSelect(actors.map((a) => a.id))}
            >
              {t('insight.selectAll', { count: actors.length })}
            </Button>
          )}
        </>
      )}
    </section>
  )
}
