import { Button, Heading, Link, Switch } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Journey } from '@samkart/model'
import type { MouseEvent, ReactNode } from 'react'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { JourneyTags } from './JourneyTags'
import { JourneyStageTag } from './compare/JourneyStageTag'

/** Props of {@link JourneyHeader}. */
export interface JourneyHeaderProps {
  journey: Journey
  /** Where «Alle brukerreiser» leads, and what a plain click on it does. */
  backHref: string
  onBack: () => void
  compact: boolean
  onCompactChange: (compact: boolean) => void
  /** Whether the coordination panel is shown, and the id of that panel. */
  coordinationShown: boolean
  coordinationId: string
  onCoordinationToggle: () => void
  /** The journey's hand-over count for the toggle, or `null` with no touchpoints yet. */
  handovers: number | null
  onAddPhase: () => void
  onLanes: () => void
  /** What the highlighted actor owns, said as it changes («NAV» er ansvarlig for …). */
  highlight: string
  /** The way to the as-is/to-be comparison (`CompareActions`), first among the tools. */
  compareTools?: ReactNode
  /**
   * The persona tools (manage personas, «Vis for»), at the end of the description line: the
   * title line's toolbar is full at 1366 px.
   */
  personaTools?: ReactNode
}

/**
 * The journey's compact header: the way back, its title and variants, and its tools on one
 * line; the description (one line, whole on hover) and the highlighted actor's count on the
 * next. Kept to two lines so the journey itself gets the screen. The highlight line keeps its
 * height while empty, so hovering a chip never shifts the table under the pointer.
 */
export function JourneyHeader({
  journey,
  backHref,
  onBack,
  compact,
  onCompactChange,
  coordinationShown,
  coordinationId,
  onCoordinationToggle,
  handovers,
  onAddPhase,
  onLanes,
  highlight,
  compareTools,
  personaTools,
}: JourneyHeaderProps) {
  const t = useT()
  const readOnly = useReadOnly()
  return (
    <div className="journey-view__header">
      <div className="journey-view__titlebar">
        <Link href={backHref} onClick={plainClick(onBack)} className="journey-view__back">
          {t('journey.back')}
        </Link>
        <Heading id="journey-heading" level={2} data-size="xs" className="journey-view__title">
          {journey.title}
        </Heading>
        <JourneyStageTag stage={journey.stage} />
        <JourneyTags tags={journey.tags} />
        <div className="journey-toolbar">
          {compareTools}
          {!readOnly && (
            <>
              <Button data-size="sm" variant="secondary" onClick={onAddPhase}>
                {t('journey.addPhase')}
              </Button>
              <Button data-size="sm" variant="secondary" onClick={onLanes}>
                {t('journey.lanes.button')}
              </Button>
            </>
          )}
          <Switch
            data-size="sm"
            label={t('journey.compact')}
            checked={compact}
            onChange={(event) => onCompactChange(event.target.checked)}
          />
          <Button
            data-size="sm"
            variant={coordinationShown ? 'primary' : 'secondary'}
            aria-expanded={coordinationShown}
            aria-controls={coordinationShown ? coordinationId : undefined}
            onClick={onCoordinationToggle}
          >
            {t('journey.coordination.toggle')}
            {handovers !== null && (
              <span className="journey-toolbar__count">
                {t('journey.coordination.badge', { count: handovers })}
              </span>
            )}
          </Button>
        </div>
      </div>
      <div className="journey-view__subline">
        {journey.description && (
          <p className="journey-view__description" title={journey.description}>
            {journey.description}
          </p>
        )}
        <p className="journey-highlight" aria-live="polite">
          {highlight}
        </p>
        {personaTools}
      </div>
    </div>
  )
}

/** A click handler that leaves modified clicks (new tab, new window) to the browser. */
export function plainClick(action: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    action()
  }
}
