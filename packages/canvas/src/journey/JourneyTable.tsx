import { Button, Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Actor, JourneyLane, Phase, Touchpoint } from '@samkart/model'
import type { DragEvent, ReactNode } from 'react'
import { EmotionCurve } from './EmotionCurve'
import { ResponsibleChips } from './ResponsibleChips'
import { COLUMN_WIDTH } from './emotionCurve'
import type { PhaseColumn } from './journeyGrid'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { SelectedByNote } from '../presence/SelectedByNote'

const PHASE_TYPE = 'text/x-samkart-phase'
const TOUCHPOINT_TYPE = 'text/x-samkart-touchpoint'
const LANE_WIDTH = 152

/** Props of {@link JourneyTable}. */
export interface JourneyTableProps {
  title: string
  columns: readonly PhaseColumn[]
  /** The shown lanes, top to bottom. */
  lanes: readonly JourneyLane[]
  actorsById: ReadonlyMap<string, Actor>
  selected: ReadonlySet<string>
  highlightedActor: string | null
  onHighlightActor: (actorId: string | null) => void
  onSelect: (touchpointId: string) => void
  onAddTouchpoint: (phase: Phase) => void
  onRenamePhase: (phase: Phase) => void
  onDeletePhase: (phase: Phase) => void
  onStepPhase: (phase: Phase, direction: -1 | 1) => void
  onStepTouchpoint: (touchpoint: Touchpoint, direction: -1 | 1) => void
  onDropPhase: (phaseId: string, index: number) => void
  onDropTouchpoint: (touchpointId: string, phaseId: string, index: number) => void
}

/**
 * The journey as a real table, so screen readers can move by row and column and hear where
 * they are: phases are column-group headers, touchpoints column headers, lanes row headers. Every
 * move has a button (keyboard) and a drag (pointer); both end in the same model operations.
 */
export function JourneyTable(props: JourneyTableProps) {
  const t = useT()
  // A viewer reads the table: no tools, no dragging, and drops are not taken.
  const readOnly = useReadOnly()
  const { columns, lanes, selected, highlightedActor } = props
  const slots = columns.flatMap((c) => (c.touchpoints.length ? c.touchpoints : [null]))
  const owned = (tp: Touchpoint) =>
    highlightedActor !== null && tp.responsible.includes(highlightedActor)
  const cellClass = (tp: Touchpoint, base = 'journey-cell') =>
    [base, selected.has(tp.id) && 'is-selected', owned(tp) && 'is-highlighted']
      .filter(Boolean)
      .join(' ')

  const allow = (type: string) => (event: DragEvent) => {
    if (!readOnly && event.dataTransfer.types.includes(type)) event.preventDefault()
  }
  const dropTouchpoint = (phaseId: string, index: number) => (event: DragEvent) => {
    const id = event.dataTransfer.getData(TOUCHPOINT_TYPE)
    if (!id || readOnly) return
    event.preventDefault()
    // `index` counts the siblings without the dragged touchpoint: dropped on an earlier sibling
    // it lands before it, on a later sibling of the same phase after it, as a drag reads.
    props.onDropTouchpoint(id, phaseId, index)
  }

  return (
    <table className="journey-table" style={{ width: LANE_WIDTH + slots.length * COLUMN_WIDTH }}>
      <caption className="ds-sr-only">{t('journey.caption', { title: props.title })}</caption>
      <colgroup>
        <col style={{ width: LANE_WIDTH }} />
        {slots.map((tp, i) => (
          <col key={tp?.id ?? `empty-${i}`} style={{ width: COLUMN_WIDTH }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className="journey-corner">
            {t('journey.lanesHeader')}
          </th>
          {columns.map(({ phase, touchpoints }, index) => (
            <th
              key={phase.id}
              scope="colgroup"
              colSpan={Math.max(1, touchpoints.length)}
              className="journey-phase"
              draggable={!readOnly}
              onDragStart={(event) => {
                event.dataTransfer.setData(PHASE_TYPE, phase.id)
                event.dataTransfer.effectAllowed = 'move'
              }}
              onDragOver={(event) => {
                allow(PHASE_TYPE)(event)
                allow(TOUCHPOINT_TYPE)(event)
              }}
              onDrop={(event) => {
                const id = event.dataTransfer.getData(PHASE_TYPE)
                if (id && !readOnly) {
                  event.preventDefault()
                  return props.onDropPhase(id, index)
                }
                dropTouchpoint(phase.id, touchpoints.length)(event)
              }}
            >
              <div className="journey-phase__inner">
                <span className="journey-phase__title">{phase.title}</span>
                {!readOnly && (
                  <span className="journey-phase__tools">
                    <IconButton
                      focusKey={`phase-left-${phase.id}`}
                      label={t('journey.phase.moveLeft', { title: phase.title })}
                      disabled={index === 0}
                      onClick={() => props.onStepPhase(phase, -1)}
                    >
                      ←
                    </IconButton>
                    <IconButton
                      focusKey={`phase-right-${phase.id}`}
                      label={t('journey.phase.moveRight', { title: phase.title })}
                      disabled={index === columns.length - 1}
                      onClick={() => props.onStepPhase(phase, 1)}
                    >
                      →
                    </IconButton>
                    <IconButton
                      focusKey={`phase-rename-${phase.id}`}
                      label={t('journey.phase.rename', { title: phase.title })}
                      onClick={() => props.onRenamePhase(phase)}
                    >
                      ✎
                    </IconButton>
                    <IconButton
                      focusKey={`phase-delete-${phase.id}`}
                      label={t('journey.phase.delete', { title: phase.title })}
                      onClick={() => props.onDeletePhase(phase)}
                    >
                      ✕
                    </IconButton>
                    <IconButton
                      focusKey={`phase-add-${phase.id}`}
                      label={t('journey.phase.addTouchpoint', { title: phase.title })}
                      onClick={() => props.onAddTouchpoint(phase)}
                    >
                      +
                    </IconButton>
                  </span>
                )}
              </div>
            </th>
          ))}
        </tr>
        <tr>
          {columns.map(({ phase, touchpoints }) =>
            touchpoints.length === 0 ? (
              <td
                key={phase.id}
                className="journey-empty"
                onDragOver={allow(TOUCHPOINT_TYPE)}
                onDrop={dropTouchpoint(phase.id, 0)}
              >
                {t('journey.phase.empty')}
              </td>
            ) : (
              touchpoints.map((tp, index) => (
                <th
                  key={tp.id}
                  scope="col"
                  className={cellClass(tp, 'journey-touchpoint')}
                  draggable={!readOnly}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(TOUCHPOINT_TYPE, tp.id)
                    event.dataTransfer.effectAllowed = 'move'
                  }}
                  onDragOver={allow(TOUCHPOINT_TYPE)}
                  onDrop={dropTouchpoint(phase.id, index)}
                >
                  <button
                    type="button"
                    className="journey-touchpoint__title"
                    data-focus={`tp-title-${tp.id}`}
                    aria-pressed={selected.has(tp.id)}
                    onClick={() => props.onSelect(tp.id)}
                  >
                    {tp.title}
                    {selected.has(tp.id) && (
                      <span className="ds-sr-only"> {t('journey.touchpoint.selected')}</span>
                    )}
                    {owned(tp) && (
                      <span className="ds-sr-only"> {t('journey.touchpoint.highlighted')}</span>
                    )}
                    <SelectedByNote id={tp.id} />
                  </button>
                  {!readOnly && (
                    <span className="journey-touchpoint__tools">
                      <IconButton
                        focusKey={`tp-left-${tp.id}`}
                        label={t('journey.touchpoint.moveLeft', { title: tp.title })}
                        onClick={() => props.onStepTouchpoint(tp, -1)}
                      >
                        ←
                      </IconButton>
                      <IconButton
                        focusKey={`tp-right-${tp.id}`}
                        label={t('journey.touchpoint.moveRight', { title: tp.title })}
                        onClick={() => props.onStepTouchpoint(tp, 1)}
                      >
                        →
                      </IconButton>
                    </span>
                  )}
                </th>
              ))
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {lanes.map((lane) => (
          <tr key={lane} className={`journey-lane journey-lane--${lane}`}>
            <th scope="row" className="journey-lane__header">
              {t(`journey.lane.${lane}`)}
            </th>
            {lane === 'emotion' ? (
              <td colSpan={Math.max(1, slots.length)} className="journey-emotion">
                <EmotionCurve slots={slots} />
              </td>
            ) : (
              slots.map((tp, i) =>
                tp ? (
                  <td key={tp.id} className={cellClass(tp)}>
                    <LaneValue lane={lane} touchpoint={tp} {...props} />
                  </td>
                ) : (
                  <td key={`empty-${i}`} className="journey-cell journey-cell--empty" />
                ),
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function LaneValue({
  lane,
  touchpoint: tp,
  actorsById,
  highlightedActor,
  onHighlightActor,
}: { lane: JourneyLane; touchpoint: Touchpoint } & JourneyTableProps): ReactNode {
  const t = useT()
  switch (lane) {
    case 'action':
      return tp.action
    case 'touchpoint':
      // The description, and the legal basis that obliges the agency to act (e.g. «folketrygdloven
      // § 9-10»), which is what ties a touchpoint to its responsible agency in the first place.
      return (
        <>
          {tp.description}
          {tp.legalBasis && <span className="journey-legal">{tp.legalBasis}</span>}
        </>
      )
    case 'channel':
      return t(`journey.channel.${tp.channel}`)
    case 'need':
      return tp.need
    case 'pain':
      return (
        <>
          {tp.painType && (
            <Tag data-size="sm" data-color="danger" className="journey-pain-type">
              {t(`journey.painType.${tp.painType}`)}
            </Tag>
          )}
          {tp.painPoint}
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
      return tp.backstage
    case 'emotion':
      return null
  }
}

function IconButton({
  label,
  focusKey,
  disabled,
  onClick,
  children,
}: {
  label: string
  focusKey: string
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}) {
  return (
    <Button
      icon
      variant="tertiary"
      data-size="sm"
      aria-label={label}
      title={label}
      data-focus={focusKey}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </Button>
  )
}
