import { useFocusTarget } from '../facilitation/ViewControls'
import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { laneName } from '@samkart/i18n'
import { type Actor, type Lane, type Phase, type Touchpoint, builtInLane } from '@samkart/model'
import { type CSSProperties, useId } from 'react'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { EmotionCurve } from './EmotionCurve'
import { EmotionScale } from './EmotionScale'
import { PlusIcon } from './JourneyIcons'
import { LaneValue } from './LaneValue'
import { CellNotes } from '../notes/CellNotes'
import { LaneItemsCell } from './lanes/LaneItemsCell'
import { type PhaseCommands, PhaseHeaderCell } from './PhaseHeaderCell'
import { TouchpointHeaderCell } from './TouchpointHeaderCell'
import type { PhaseColumn } from './journeyGrid'
import type { JourneyDrag } from './useJourneyDrag'
import './JourneyTable.css'

/** How the journey table is drawn: wide readable columns, or the whole journey in view. */
export type JourneyDensity = 'normal' | 'compact'

/** What the table's controls do; the journey view carries it out. */
export interface JourneyTableCommands extends PhaseCommands {
  select: (touchpointId: string) => void
  stepTouchpoint: (touchpoint: Touchpoint, direction: -1 | 1) => void
  highlightActor: (actorId: string | null) => void
}

/** Props of {@link JourneyTable}. */
export interface JourneyTableProps {
  title: string
  columns: readonly PhaseColumn[]
  /** The shown lanes, top to bottom. */
  lanes: readonly Lane[]
  actorsById: ReadonlyMap<string, Actor>
  selected: ReadonlySet<string>
  highlightedActor: string | null
  density: JourneyDensity
  commands: JourneyTableCommands
  drag: JourneyDrag
  /** Touchpoints not for the persona the journey is shown for: faded, and said so. */
  notFor?: { ids: ReadonlySet<string>; note: string }
}

/**
 * The journey as a real table, so screen readers can move by row and column and hear where
 * they are: phases are column-group headers, touchpoints column headers, lanes row headers. A
 * custom lane has one cell per phase; a divider is a labelled line.
 * The header rows and the lane column are sticky inside the journey's scroll area, so phase
 * names and lane names stay in view however far it is scrolled. Column widths come from the
 * stylesheet: fixed in the normal view, shared out over the available width in the compact one.
 */
export function JourneyTable({
  title,
  columns,
  lanes,
  actorsById,
  selected,
  highlightedActor,
  density,
  commands,
  drag,
  notFor,
}: JourneyTableProps) {
  const t = useT()
  // A viewer reads the table: no menus, no dragging, and drops are not taken.
  const readOnly = useReadOnly()
  const touchpointHint = useId()
  const phaseHint = useId()
  const compact = density === 'compact'
  const slots = columns.flatMap((c) => (c.touchpoints.length ? c.touchpoints : [null]))
  // A phase's notes sit in its last column, under that column's content.
  const notesPhase = columns.flatMap((c) =>
    c.touchpoints.length
      ? c.touchpoints.map((_, i) => (i === c.touchpoints.length - 1 ? c.phase : null))
      : [c.phase],
  )
  const owned = (tp: Touchpoint) =>
    highlightedActor !== null && tp.responsible.includes(highlightedActor)
  // Focus mode fades the other phases' cells (visual only: they stay readable and focusable).
  const focusPhase = useFocusTarget()?.phaseId ?? null
  const cellClass = (tp: Touchpoint, base = 'journey-cell') =>
    [
      base,
      selected.has(tp.id) && 'is-selected',
      owned(tp) && 'is-highlighted',
      focusPhase !== null && tp.phaseId !== focusPhase && 'is-unfocused',
      notFor?.ids.has(tp.id) && 'is-not-for-persona',
    ]
      .filter(Boolean)
      .join(' ')

  return (
    <>
      <table
        className={`journey-table journey-table--${density}`}
        style={{ '--journey-slots': slots.length } as CSSProperties}
        onDragLeave={drag.onDragLeave}
      >
        <caption className="ds-sr-only">{t('journey.caption', { title })}</caption>
        <colgroup>
          <col className="journey-col--lane" />
          {slots.map((tp, i) => (
            <col key={tp?.id ?? `empty-${i}`} className="journey-col" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="journey-corner">
              {t('journey.lanesHeader')}
            </th>
            {columns.map(({ phase, touchpoints }, index) => (
              <PhaseHeaderCell
                key={phase.id}
                phase={phase}
                index={index}
                count={columns.length}
                span={Math.max(1, touchpoints.length)}
                commands={commands}
                drag={drag}
                readOnly={readOnly}
                hintId={phaseHint}
              />
            ))}
          </tr>
          <tr>
            {columns.map(({ phase, touchpoints }) =>
              touchpoints.length === 0 ? (
                <EmptyPhaseCell
                  key={phase.id}
                  phase={phase}
                  readOnly={readOnly}
                  drag={drag}
                  onAdd={commands.addTouchpoint}
                />
              ) : (
                touchpoints.map((tp) => (
                  <TouchpointHeaderCell
                    key={tp.id}
                    touchpoint={tp}
                    selected={selected.has(tp.id)}
                    highlighted={owned(tp)}
                    className={cellClass(tp, 'journey-touchpoint')}
                    compact={compact}
                    readOnly={readOnly}
                    hintId={touchpointHint}
                    drag={drag}
                    onSelect={commands.select}
                    onStep={commands.stepTouchpoint}
                    notForNote={notFor?.ids.has(tp.id) ? notFor.note : undefined}
                  />
                ))
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => {
            const name = laneName(lane, t)
            const field = builtInLane(lane)
            switch (lane.kind) {
              case 'divider':
                // A labelled line across the journey (a service blueprint's line of
                // visibility): no cells, so the row header names it as a line.
                return (
                  <tr key={lane.id} className="journey-lane journey-lane--divider">
                    <th scope="row" className="journey-lane__header">
                      <span className="ds-sr-only">{t('lanes.divider.label', { lane: name })}</span>
                      <span aria-hidden="true">{name}</span>
                    </th>
                    <td colSpan={Math.max(1, slots.length)} className="journey-divider">
                      <span className="journey-divider__line" aria-hidden="true" />
                    </td>
                  </tr>
                )
              case 'text':
              case 'items':
                // One cell per phase, over all its columns: these items belong to the phase.
                return (
                  <tr key={lane.id} className={`journey-lane journey-lane--${lane.kind}`}>
                    <th scope="row" className="journey-lane__header">
                      {name}
                    </th>
                    {columns.map(({ phase, touchpoints }) => (
                      <td
                        key={phase.id}
                        colSpan={Math.max(1, touchpoints.length)}
                        className={[
                          'journey-cell journey-cell--phase',
                          focusPhase !== null && phase.id !== focusPhase && 'is-unfocused',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                      >
                        <LaneItemsCell lane={lane} phase={phase} />
                      </td>
                    ))}
                  </tr>
                )
              case 'emotion':
                return (
                  <tr key={lane.id} className="journey-lane journey-lane--emotion">
                    <th scope="row" className="journey-lane__header">
                      <EmotionScale lane={name} />
                    </th>
                    <td colSpan={Math.max(1, slots.length)} className="journey-emotion">
                      <EmotionCurve slots={slots} />
                    </td>
                  </tr>
                )
              case 'touchpoint':
                return (
                  <tr key={lane.id} className={`journey-lane journey-lane--${lane.field}`}>
                    <th scope="row" className="journey-lane__header">
                      {name}
                    </th>
                    {slots.map((tp, i) =>
                      tp ? (
                        <td
                          key={tp.id}
                          className={cellClass(tp)}
                          {...drag.target({ kind: 'touchpoint', id: tp.id })}
                        >
                          {field && field !== 'emotion' && (
                            <LaneValue
                              lane={field}
                              touchpoint={tp}
                              actorsById={actorsById}
                              highlightedActor={highlightedActor}
                              onHighlightActor={commands.highlightActor}
                              compact={compact}
                            />
                          )}
                          {notesPhase[i] && <CellNotes phase={notesPhase[i]} lane={lane} />}
                        </td>
                      ) : (
                        <td
                          key={`empty-${i}`}
                          className="journey-cell journey-cell--empty"
                          {...drag.target({ kind: 'phaseEnd', phaseId: emptyPhase(columns, i) })}
                        >
                          {notesPhase[i] && <CellNotes phase={notesPhase[i]} lane={lane} />}
                        </td>
                      ),
                    )}
                  </tr>
                )
            }
          })}
        </tbody>
      </table>
      {/* How to move by keyboard, for the headers' descriptions; outside the table's name. */}
      {!readOnly && (
        <div className="ds-sr-only">
          <span id={touchpointHint}>{t('journey.touchpoint.moveHint')}</span>
          <span id={phaseHint}>{t('journey.phase.moveHint')}</span>
        </div>
      )}
    </>
  )
}

/** The header of an empty phase's one column: an invitation to add its first touchpoint. */
function EmptyPhaseCell({
  phase,
  readOnly,
  drag,
  onAdd,
}: {
  phase: Phase
  readOnly: boolean
  drag: JourneyDrag
  onAdd: (phase: Phase) => void
}) {
  const t = useT()
  return (
    <td className="journey-empty" {...drag.target({ kind: 'phaseEnd', phaseId: phase.id })}>
      {readOnly ? (
        t('journey.phase.empty')
      ) : (
        <Button
          variant="tertiary"
          data-size="sm"
          className="journey-empty__add journey-touchpoint__tools"
          aria-label={t('journey.phase.addTouchpoint', { title: phase.title })}
          data-focus={`phase-add-${phase.id}`}
          onClick={() => onAdd(phase)}
        >
          <PlusIcon />
          <span aria-hidden="true">{t('journey.menu.addTouchpoint')}</span>
        </Button>
      )}
    </td>
  )
}

/** The phase of the empty column at table column `slot`. */
function emptyPhase(columns: readonly PhaseColumn[], slot: number): string {
  let at = 0
  for (const { phase, touchpoints } of columns) {
    const width = Math.max(1, touchpoints.length)
    if (slot < at + width) return phase.id
    at += width
  }
  return ''
}
