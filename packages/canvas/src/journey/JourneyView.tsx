import { Link, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import {
  type Actor,
  type Phase,
  type PhaseDeletion,
  addPhase,
  createActor,
  deleteEntity,
  deletePhase,
  moveTouchpoint,
  sortByOrder,
  updateEntity,
} from '@samkart/model'
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { useAnnouncer } from '../hooks/useAnnouncer'
import { useStoredFlag } from '../hooks/useStoredFlag'
import { JourneyNotesContext } from '../notes/JourneyNotesContext'
import { useJourneyNotesValue } from '../notes/useJourneyNotesValue'
import { useEditOrigin } from '../presence/CanvasCollabContext'
import { JourneyPresenceLayer } from '../presence/JourneyPresenceLayer'
import { useReportSelection } from '../presence/useReportSelection'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { CompareActions } from './compare/CompareActions'
import { CoordinationPanel } from './coordination/CoordinationPanel'
import { useCoordinationSummary } from './coordination/useCoordinationSummary'
import { DeletePhaseDialog } from './DeletePhaseDialog'
import { JourneyHeader, plainClick } from './JourneyHeader'
import { JourneyTable } from './JourneyTable'
import { LanesDialog } from './LanesDialog'
import { LaneItemsContext } from './lanes/LaneItemsContext'
import { OpportunitiesPanel } from './lanes/OpportunitiesPanel'
import { useLaneCommands } from './lanes/useLaneCommands'
import { useLaneItemsValue } from './lanes/useLaneItemsValue'
import { type PhaseNaming, PhaseNameDialog } from './PhaseNameDialog'
import { TouchpointPanel } from './TouchpointPanel'
import { phaseColumns } from './journeyGrid'
import {
  type TouchpointSelection,
  createTouchpointSelection,
  useTouchpointSelection,
} from './touchpointSelection'
import { useJourneyCommentJump } from '../comments/useJourneyCommentJump'
import { useJourneyBoard } from './useJourneyBoard'
import { refocus, useJourneyCommands } from './useJourneyCommands'
import { useJourneyDrag } from './useJourneyDrag'
import { JourneyPersonaTools } from './personas/JourneyPersonaTools'
import { PersonasDialog } from './personas/PersonasDialog'
import { TouchpointPersonaFields } from './personas/TouchpointPersonaFields'
import { usePersonaBoard } from './personas/usePersonaBoard'
import { usePersonaFilter } from './personas/usePersonaFilter'
import './journey.css'

/** Where this device remembers the compact view and the coordination panel. */
const COMPACT_KEY = 'samkart.journey.compact'
const COORDINATION_KEY = 'samkart.journey.coordination'

/** Props of {@link JourneyView}. */
export interface JourneyViewProps {
  /** The board's document. The view reads and writes it; connecting is the app's job. */
  doc: Y.Doc
  journeyId: string
  /** Where «Alle brukerreiser» leads, and what a plain click on it does. */
  backHref: string
  onBack: () => void
  /** A selection shared with others (the coordination panel); by default the view's own. */
  selection?: TouchpointSelection
  /** Opens the as-is/to-be comparison; without it the header offers none. */
  onCompare?: () => void
  /** «Lag ønsket reise» for this journey. */
  onCreateToBe?: () => void
}

/**
 * One journey: phases as columns, touchpoints within them, lanes as rows, and beside them the
 * selected touchpoint's panel and the coordination panel. It fills the height it is given and
 * scrolls inside itself, so the table's sticky headers work and the page never scrolls. Holds
 * only view state (dialogs, highlight, density); everything else is in the document, written
 * with this tab's origin so the undo manager tracks only our edits.
 */
export function JourneyView({
  doc,
  journeyId,
  backHref,
  onBack,
  selection: shared,
  onCompare,
  onCreateToBe,
}: JourneyViewProps) {
  const t = useT()
  // Inside a read-only `JourneysView`: nothing here may change the document.
  const readOnly = useReadOnly()
  const origin = useEditOrigin()
  const board = useJourneyBoard(doc)
  const [own] = useState(createTouchpointSelection)
  const selection = shared ?? own
  const selected = useTouchpointSelection(selection)
  useReportSelection(selection, selectedTouchpoints)
  useJourneyCommentJump(doc, journeyId, selection)
  const { message, announce } = useAnnouncer()
  const summary = useCoordinationSummary(doc, journeyId)
  const coordinationId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [compact, setCompact] = useStoredFlag(COMPACT_KEY, false)
  // Closed by default: the journey gets the width, and the toggle shows the hand-over count.
  const [coordinationShown, setCoordinationShown] = useStoredFlag(COORDINATION_KEY, false)
  const [highlightedActor, setHighlightedActor] = useState<string | null>(null)
  const [naming, setNaming] = useState<PhaseNaming>(null)
  const [deleting, setDeleting] = useState<Phase | null>(null)
  const [lanesOpen, setLanesOpen] = useState(false)
  const [personasOpen, setPersonasOpen] = useState(false)
  const personaBoard = usePersonaBoard(doc)

  const journey = board.journeys.find((j) => j.id === journeyId)
  const phases = useMemo(
    () => sortByOrder(board.phases.filter((p) => p.journeyId === journeyId)),
    [board.phases, journeyId],
  )
  const columns = useMemo(
    () =>
      phaseColumns(
        phases,
        board.touchpoints.filter((tp) => tp.journeyId === journeyId),
      ),
    [phases, board.touchpoints, journeyId],
  )
  const actorsById = useMemo(
    () => new Map<string, Actor>(board.actors.map((a) => [a.id, a])),
    [board.actors],
  )
  const lanes = useMemo(
    () => sortByOrder(board.lanes.filter((l) => l.journeyId === journeyId)),
    [board.lanes, journeyId],
  )
  const shownLanes = useMemo(() => lanes.filter((l) => !l.hidden), [lanes])
  const commands = useJourneyCommands({ doc, origin, phases, columns, selection, announce })
  const drag = useJourneyDrag({ scrollRef, enabled: !readOnly, onDrop: commands.drop })
  const personaFilter = usePersonaFilter(
    journey,
    personaBoard.personas,
    columns.flatMap((c) => c.touchpoints),
    announce,
  )
  const notes = useJourneyNotesValue({ doc, journeyId, phases, lanes, origin, readOnly, announce })
  const laneItems = useLaneItemsValue({
    doc,
    journeyId,
    phases,
    lanes,
    items: board.laneItems,
    touchpoints: board.touchpoints,
    origin,
    readOnly,
    announce,
  })
  const laneCommands = useLaneCommands(doc, journeyId, origin)

  if (!journey)
    return (
      <section className="journey-view">
        <Link href={backHref} onClick={plainClick(onBack)}>
          {t('journey.back')}
        </Link>
        <Paragraph>{t('journey.notFound')}</Paragraph>
      </section>
    )

  const confirmDeletePhase = (phase: Phase, how: PhaseDeletion) => {
    setDeleting(null)
    if (!deletePhase(doc, phase.id, how, { origin }).ok) return
    announce(t('journey.phase.deleted', { title: phase.title }))
    // The menu that opened the dialog is gone with the phase: focus the table instead.
    refocus('journey-table')
  }

  const nameFor = (title: string) =>
    naming?.kind === 'rename'
      ? updateEntity(doc, 'phase', naming.phase.id, { title }, { origin })
      : addPhase(doc, journeyId, { title }, { origin })

  const open = selected.size === 1 ? board.touchpoints.find((tp) => selected.has(tp.id)) : undefined
  const closePanel = () => {
    if (!open) return
    selection.clear()
    // Back to the touchpoint the panel showed, wherever the panel was opened from.
    refocus(`tp-title-${open.id}`, 'journey-table')
  }
  // Escape closes the panel from anywhere in the journey, unless a control inside used it
  // first (a text field throwing away its draft, a menu closing, a search field emptying).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !open) return
    const target = event.target as HTMLInputElement
    if (target.type === 'search' && target.value) return
    event.preventDefault()
    closePanel()
  }

  const ownedHere = (actorId: string) =>
    columns.reduce(
      (n, c) => n + c.touchpoints.filter((tp) => tp.responsible.includes(actorId)).length,
      0,
    )
  const ownedAll = (actorId: string) =>
    board.touchpoints.filter((tp) => tp.responsible.includes(actorId)).length
  const highlighted = highlightedActor ? actorsById.get(highlightedActor) : undefined
  const sideShown = open !== undefined || coordinationShown

  return (
    <section
      className={`journey-view${compact ? ' journey-view--compact' : ''}`}
      aria-labelledby="journey-heading"
    >
      <JourneyHeader
        journey={journey}
        backHref={backHref}
        onBack={onBack}
        compact={compact}
        onCompactChange={setCompact}
        coordinationShown={coordinationShown}
        coordinationId={coordinationId}
        onCoordinationToggle={() => setCoordinationShown(!coordinationShown)}
        handovers={summary.touchpoints > 0 ? summary.handovers : null}
        onAddPhase={() => setNaming({ kind: 'new' })}
        onLanes={() => setLanesOpen(true)}
        compareTools={
          onCompare &&
          onCreateToBe && (
            <CompareActions
              journey={journey}
              counterpart={board.journeys.find(
                (j) => j.id === journey.counterpartId && j.id !== journey.id,
              )}
              onCompare={onCompare}
              onCreateToBe={onCreateToBe}
            />
          )
        }
        personaTools={
          <JourneyPersonaTools filter={personaFilter} onManage={() => setPersonasOpen(true)} />
        }
        highlight={
          highlighted
            ? t('journey.responsible.highlight', {
                name: highlighted.name,
                here: ownedHere(highlighted.id),
                all: ownedAll(highlighted.id),
              })
            : ''
        }
      />
      <div className="samkart-visually-hidden ds-sr-only" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      <div
        className={`journey-body${sideShown ? ' journey-body--side' : ''}`}
        onKeyDown={onKeyDown}
      >
        {/* Scrolls both ways inside the view, so the sticky header row and lane column hold. */}
        <div
          ref={scrollRef}
          data-focus="journey-table"
          className="journey-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('journey.caption', { title: journey.title })}
        >
          <JourneyPresenceLayer view={`journey:${journeyId}`} />
          {phases.length === 0 ? (
            <Paragraph data-size="sm" className="journey-scroll__empty">
              {t('journey.noPhases')}
            </Paragraph>
          ) : (
            <JourneyNotesContext.Provider value={notes.value}>
              <LaneItemsContext.Provider value={laneItems.value}>
                <JourneyTable
                  title={journey.title}
                  columns={columns}
                  lanes={shownLanes}
                  actorsById={actorsById}
                  selected={selected}
                  highlightedActor={highlightedActor}
                  density={compact ? 'compact' : 'normal'}
                  drag={drag}
                  notFor={personaFilter.notFor}
                  commands={{
                    ...commands,
                    select: (id) =>
                      selected.has(id) && selected.size === 1
                        ? selection.clear()
                        : selection.set([id]),
                    highlightActor: setHighlightedActor,
                    renamePhase: (phase) => setNaming({ kind: 'rename', phase }),
                    deletePhase: setDeleting,
                  }}
                />
              </LaneItemsContext.Provider>
            </JourneyNotesContext.Provider>
          )}
          {drag.marker && (
            <div
              className="journey-drop-marker"
              aria-hidden="true"
              data-testid="journey-drop-marker"
              data-export-exclude=""
              style={{
                left: drag.marker.left,
                top: drag.marker.top,
                height: drag.marker.height,
              }}
            />
          )}
        </div>
        {sideShown && (
          <div className="journey-side">
            {open && (
              <TouchpointPanel
                key={open.id}
                touchpoint={open}
                phases={phases}
                actors={board.actors}
                update={(patch) => updateEntity(doc, 'touchpoint', open.id, patch, { origin })}
                onMoveToPhase={(phaseId) => {
                  const index = columns.find((c) => c.phase.id === phaseId)?.touchpoints.length ?? 0
                  moveTouchpoint(doc, open.id, { phaseId, index }, { origin })
                }}
                onStep={(direction) => commands.stepTouchpoint(open, direction, false)}
                onCreateActor={(name) => {
                  const result = createActor(doc, { name }, { origin })
                  if (result.ok) announce(t('journey.responsible.created', { name }))
                  return result
                }}
                onDelete={() => {
                  if (!deleteEntity(doc, 'touchpoint', open.id, { origin }).ok) return
                  selection.clear()
                  announce(t('journey.panel.deleted', { title: open.title }))
                  refocus('journey-table')
                }}
                onClose={closePanel}
                personaFields={
                  <TouchpointPersonaFields
                    doc={doc}
                    origin={origin}
                    journey={journey}
                    touchpoint={open}
                    board={personaBoard}
                    update={(patch) => updateEntity(doc, 'touchpoint', open.id, patch, { origin })}
                  />
                }
              />
            )}
            {coordinationShown && (
              <CoordinationPanel id={coordinationId} summary={summary} selection={selection} />
            )}
            {coordinationShown && (
              <OpportunitiesPanel
                journeyId={journeyId}
                phases={phases}
                touchpoints={board.touchpoints}
                items={board.laneItems}
                selection={selection}
              />
            )}
          </div>
        )}
      </div>
      {!readOnly && (
        <>
          <PhaseNameDialog
            naming={naming}
            onSubmit={nameFor}
            onClose={() => {
              // Back to the renamed phase's menu: the menu item that opened the dialog is gone.
              if (naming?.kind === 'rename') refocus(`phase-menu-${naming.phase.id}`)
              setNaming(null)
            }}
          />
          <DeletePhaseDialog
            phase={deleting}
            touchpointCount={
              columns.find((c) => c.phase.id === deleting?.id)?.touchpoints.length ?? 0
            }
            otherPhases={phases.filter((p) => p.id !== deleting?.id)}
            onConfirm={confirmDeletePhase}
            onClose={() => setDeleting(null)}
          />
          {notes.dialog}
          {laneItems.dialog}
          <LanesDialog
            open={lanesOpen}
            lanes={lanes}
            commands={laneCommands}
            onClose={() => setLanesOpen(false)}
          />
          <PersonasDialog
            open={personasOpen}
            doc={doc}
            personas={personaBoard.personas}
            usedIn={(id) => board.journeys.filter((j) => j.personas.includes(id)).length}
            origin={origin}
            announce={announce}
            onClose={() => setPersonasOpen(false)}
          />
        </>
      )}
    </section>
  )
}

const selectedTouchpoints = (ids: ReadonlySet<string>) => [...ids]
