import { useT } from '@samkart/i18n/react'
import type { Phase } from '@samkart/model'
import type { KeyboardEvent } from 'react'
import { PhaseCommentsButton } from '../comments/PhaseCommentsButton'
import { MoreIcon } from './JourneyIcons'
import { JourneyMenu } from './JourneyMenu'
import type { JourneyDrag } from './useJourneyDrag'

/** What a phase's menu and keys do; the journey view carries them out. */
export interface PhaseCommands {
  stepPhase: (phase: Phase, direction: -1 | 1) => void
  renamePhase: (phase: Phase) => void
  deletePhase: (phase: Phase) => void
  addTouchpoint: (phase: Phase) => void
}

/** Props of {@link PhaseHeaderCell}. */
export interface PhaseHeaderCellProps {
  phase: Phase
  /** The phase's place, 0-based, among `count` phases. */
  index: number
  count: number
  /** How many table columns the phase spans (at least one, for an empty phase). */
  span: number
  commands: PhaseCommands
  drag: JourneyDrag
  readOnly: boolean
  /** Id of the text that tells how to move a phase by keyboard. */
  hintId: string
}

/**
 * A phase's header over its touchpoints' columns: its name, which sticks to the left edge of
 * the visible area while its columns are in view (a wide phase scrolled half away still says
 * which phase this is), and one named menu for everything done to a phase. The header is the
 * drag handle for the phase; touchpoints dropped on it go to the end of the phase.
 */
export function PhaseHeaderCell({
  phase,
  index,
  count,
  span,
  commands,
  drag,
  readOnly,
  hintId,
}: PhaseHeaderCellProps) {
  const t = useT()
  const step = (direction: -1 | 1) => commands.stepPhase(phase, direction)
  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return
    event.preventDefault()
    step(event.key === 'ArrowLeft' ? -1 : 1)
  }
  return (
    <th
      scope="colgroup"
      colSpan={span}
      className="journey-phase"
      {...drag.source({ kind: 'phase', id: phase.id })}
      {...drag.target({ kind: 'phase', id: phase.id }, { kind: 'phaseEnd', phaseId: phase.id })}
    >
      <div className="journey-phase__inner">
        <span className="journey-phase__title" title={phase.title}>
          {phase.title}
        </span>
        <PhaseCommentsButton phase={phase} />
        {!readOnly && (
          <span className="journey-phase__tools">
            <JourneyMenu
              label={t('journey.phase.menu', { title: phase.title })}
              focusKey={`phase-menu-${phase.id}`}
              icon={<MoreIcon />}
              describedBy={hintId}
              onTriggerKeyDown={onTriggerKeyDown}
              items={[
                {
                  key: 'left',
                  label: t('journey.menu.moveLeft'),
                  disabled: index === 0,
                  onSelect: () => step(-1),
                },
                {
                  key: 'right',
                  label: t('journey.menu.moveRight'),
                  disabled: index === count - 1,
                  onSelect: () => step(1),
                },
                {
                  key: 'rename',
                  label: t('journey.menu.rename'),
                  onSelect: () => commands.renamePhase(phase),
                },
                {
                  key: 'add',
                  label: t('journey.menu.addTouchpoint'),
                  onSelect: () => commands.addTouchpoint(phase),
                },
                {
                  key: 'delete',
                  label: t('journey.menu.delete'),
                  danger: true,
                  onSelect: () => commands.deletePhase(phase),
                },
              ]}
            />
          </span>
        )}
      </div>
    </th>
  )
}
