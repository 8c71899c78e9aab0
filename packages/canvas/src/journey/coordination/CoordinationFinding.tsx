import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId } from 'react'
import type { FindingItem } from './coordinationSummary'

/** Props of {@link CoordinationFinding}. */
export interface CoordinationFindingProps {
  heading: string
  /** Shown when the finding is empty. */
  none: string
  items: readonly FindingItem[]
  onSelect: (ids: string[]) => void
}

/**
 * One finding of the coordination analysis, e.g. «Uten ansvarlig»: each touchpoint a button that
 * selects it in the journey, and a button that selects them all.
 */
export function CoordinationFinding({ heading, none, items, onSelect }: CoordinationFindingProps) {
  const t = useT()
  const headingId = useId()
  return (
    <section className="samkart-coordination__finding" aria-labelledby={headingId}>
      <Heading id={headingId} level={4} data-size="2xs">
        {heading} <span className="samkart-coordination__count">({items.length})</span>
      </Heading>
      {items.length === 0 ? (
        <Paragraph data-size="sm" className="samkart-coordination__none">
          {none}
        </Paragraph>
      ) : (
        <>
          <ul className="samkart-coordination__items">
            {items.map((item) => (
              <li key={item.id}>
                <Button variant="tertiary" data-size="sm" onClick={() => onSelect([item.id])}>
                  {item.title}
                </Button>
              </li>
            ))}
          </ul>
          {items.length > 1 && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => onSelect(items.map((i) => i.id))}
            >
              {t('coordination.selectAll', { count: items.length })}
            </Button>
          )}
        </>
      )}
    </section>
  )
}
