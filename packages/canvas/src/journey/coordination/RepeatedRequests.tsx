import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId } from 'react'
import type { CoordinationSummary } from './coordinationSummary'

/** Props of {@link RepeatedRequests}. */
export interface RepeatedRequestsProps {
  summary: CoordinationSummary
  /** Selects the touchpoints that ask for an item. */
  onSelect: (ids: string[]) => void
}

/**
 * «Opplysninger flere virksomheter ber om»: the detected repeated requests, their total as a
 * figure, and each item with how often and by how many agencies it is asked for, as a button
 * that selects the touchpoints asking for it. Definitions: docs/coordination-analysis.md.
 */
export function RepeatedRequests({ summary, onSelect }: RepeatedRequestsProps) {
  const t = useT()
  const headingId = useId()
  return (
    <section className="samkart-coordination__finding" aria-labelledby={headingId}>
      <Heading id={headingId} level={4} data-size="2xs">
        {t('coordination.requests')}
      </Heading>
      <p className="samkart-coordination__agencies" data-testid="coordination-requests">
        {t('coordination.requests.extra', { count: summary.extraRequests })}
      </p>
      <Paragraph data-size="sm" className="samkart-coordination__help">
        {t('coordination.requests.description')}
      </Paragraph>
      {summary.repeatedRequests.length === 0 ? (
        <Paragraph data-size="sm" className="samkart-coordination__none">
          {t('coordination.requests.none')}
        </Paragraph>
      ) : (
        <ul className="samkart-coordination__items">
          {summary.repeatedRequests.map((row) => (
            <li key={row.infoItemId}>
              <Button variant="tertiary" data-size="sm" onClick={() => onSelect(row.touchpoints)}>
                {t('coordination.requests.item', {
                  name: row.name,
                  requests: row.touchpoints.length,
                  agencies: row.agencies,
                  extra: row.extra,
                })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
