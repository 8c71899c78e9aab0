import { Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Actor, JourneyLane, Touchpoint } from '@samkart/model'
import type { ReactNode } from 'react'
import { ResponsibleChips } from './ResponsibleChips'

/** Props of {@link LaneValue}. */
export interface LaneValueProps {
  lane: Exclude<JourneyLane, 'emotion'>
  touchpoint: Touchpoint
  actorsById: ReadonlyMap<string, Actor>
  highlightedActor: string | null
  onHighlightActor: (actorId: string | null) => void
  /** The compact view: cells are cut to a few lines, so the whole text becomes a tooltip. */
  compact: boolean
}

/**
 * What one cell of a lane shows for a touchpoint. Text is wrapped in a clip that the compact
 * view cuts to a few lines; the whole text is its tooltip, and always in the touchpoint's panel.
 */
export function LaneValue({
  lane,
  touchpoint: tp,
  actorsById,
  highlightedActor,
  onHighlightActor,
  compact,
}: LaneValueProps): ReactNode {
  const t = useT()
  switch (lane) {
    case 'action':
      return <Clip compact={compact} text={tp.action} />
    case 'touchpoint':
      // The description, and the legal basis that obliges the agency to act (e.g. «folketrygdloven
      // § 9-10»), which is what ties a touchpoint to its responsible agency in the first place.
      return (
        <Clip compact={compact} text={[tp.description, tp.legalBasis].filter(Boolean).join('\n')}>
          {tp.description}
          {tp.legalBasis && <span className="journey-legal">{tp.legalBasis}</span>}
        </Clip>
      )
    case 'channel':
      return <Clip compact={compact} text={t(`journey.channel.${tp.channel}`)} />
    case 'need':
      return <Clip compact={compact} text={tp.need} />
    case 'pain':
      return (
        <>
          {tp.painType && (
            <Tag data-size="sm" data-color="danger" className="journey-pain-type">
              {t(`journey.painType.${tp.painType}`)}
            </Tag>
          )}
          <Clip compact={compact} text={tp.painPoint} />
        </>
      )
    case 'responsible':
      return (
        <ResponsibleChips
          responsible={tp.responsible}
          actorsById={actorsById}
          highlighted={highlightedActor}
          onHighlight={onHighlightActor}
        />
      )
    case 'backstage':
      return <Clip compact={compact} text={tp.backstage} />
  }
}

/** A cell's text, cut to a few lines in the compact view, where the whole text is its tooltip. */
function Clip({
  text,
  compact,
  children,
}: {
  text: string
  compact: boolean
  children?: ReactNode
}) {
  if (!text) return null
  return (
    <div className="journey-clip" title={compact ? text : undefined}>
      {children ?? text}
    </div>
  )
}
