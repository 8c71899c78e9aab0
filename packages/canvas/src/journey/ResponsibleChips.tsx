import { Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Actor } from '@samkart/model'

/** Props of {@link ResponsibleChips}. */
export interface ResponsibleChipsProps {
  responsible: readonly string[]
  actorsById: ReadonlyMap<string, Actor>
  highlighted: string | null
  /** Called with an actor id on focus or hover, `null` when it ends. */
  onHighlight: (actorId: string | null) => void
}

/**
 * A touchpoint's owners as chips. A deleted owner stays visible as a warning chip instead of
 * vanishing, and no owner at all is said out loud: both are the gaps a workshop is looking for.
 * Each actor chip is a button so keyboard users can focus it to see everything that actor owns.
 */
export function ResponsibleChips({
  responsible,
  actorsById,
  highlighted,
  onHighlight,
}: ResponsibleChipsProps) {
  const t = useT()
  if (responsible.length === 0)
    return (
      <Tag data-size="sm" data-color="warning" className="journey-chip--none">
        {t('journey.responsible.none')}
      </Tag>
    )
  return (
    <ul className="journey-chips">
      {responsible.map((id) => {
        const actor = actorsById.get(id)
        return (
          <li key={id}>
            {actor ? (
              <button
                type="button"
                className="journey-chip"
                aria-pressed={highlighted === id}
                onFocus={() => onHighlight(id)}
                onBlur={() => onHighlight(null)}
                onMouseEnter={() => onHighlight(id)}
                onMouseLeave={() => onHighlight(null)}
                onClick={() => onHighlight(highlighted === id ? null : id)}
              >
                <Tag data-size="sm" data-color={highlighted === id ? 'accent' : 'neutral'}>
                  {actor.shortName || actor.name}
                </Tag>
              </button>
            ) : (
              <Tag data-size="sm" data-color="danger">
                {t('journey.responsible.deleted')}
              </Tag>
            )}
          </li>
        )
      })}
    </ul>
  )
}
