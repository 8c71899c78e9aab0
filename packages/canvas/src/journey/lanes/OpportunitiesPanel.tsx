import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { type LaneItem, type Phase, type Touchpoint, journeyOpportunities } from '@samkart/model'
import { useId, useMemo } from 'react'
import type { TouchpointSelection } from '../touchpointSelection'

/** Props of {@link OpportunitiesPanel}. */
export interface OpportunitiesPanelProps {
  journeyId: string
  phases: readonly Phase[]
  touchpoints: readonly Touchpoint[]
  items: readonly LaneItem[]
  /** A linked touchpoint is selected here; the journey view opens it. */
  selection: TouchpointSelection
}

/**
 * «Muligheter og ideer»: the journey's opportunities and ideas, phase by phase, each with the
 * pain points it addresses; a linked touchpoint is a button that selects it in the journey.
 * Beside the coordination figures, so the burden and what could lighten it are read together.
 */
export function OpportunitiesPanel({
  journeyId,
  phases,
  touchpoints,
  items,
  selection,
}: OpportunitiesPanelProps) {
  const t = useT()
  const headingId = useId()
  const opportunities = useMemo(
    () =>
      journeyOpportunities(
        journeyId,
        phases.map((p) => p.id),
        touchpoints,
        items,
      ),
    [journeyId, phases, touchpoints, items],
  )
  const phaseTitle = new Map(phases.map((p) => [p.id, p.title]))
  return (
    <section className="journey-opportunities" aria-labelledby={headingId}>
      <Heading id={headingId} level={3} data-size="xs">
        {t('lanes.opportunities.heading')}
      </Heading>
      {opportunities.length === 0 ? (
        <Paragraph data-size="sm">{t('lanes.opportunities.none')}</Paragraph>
      ) : (
        <ul className="journey-opportunities__list">
          {opportunities.map(({ item, addresses }) => (
            <li key={item.id}>
              <Paragraph data-size="sm">
                <strong>{t(`lanes.item.kind.${item.kind}`)}:</strong> {item.text}{' '}
                <span className="journey-muted">({phaseTitle.get(item.phaseId) ?? ''})</span>
              </Paragraph>
              {addresses.length === 0 ? (
                <Paragraph data-size="sm" className="journey-muted">
                  {t('lanes.opportunities.unlinked')}
                </Paragraph>
              ) : (
                <ul
                  className="journey-opportunities__addresses"
                  aria-label={`${t('lanes.opportunities.addresses')}: ${item.text}`}
                >
                  {addresses.map((target) =>
                    target.kind === 'touchpoint' ? (
                      <li key={target.id}>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() => selection.set([target.id])}
                        >
                          {target.touchpoint.painPoint.trim()
                            ? `${target.touchpoint.title}: ${target.touchpoint.painPoint}`
                            : target.touchpoint.title}
                        </Button>
                      </li>
                    ) : (
                      <li key={target.id}>
                        {t('lanes.item.addresses.pain', {
                          text: target.item.text,
                          phase: phaseTitle.get(target.item.phaseId) ?? '',
                        })}
                      </li>
                    ),
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
