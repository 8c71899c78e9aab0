import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { useErrorText, useT } from '@samkart/i18n/react'
import {
  type Actor,
  type JourneyLane,
  type LaneSetting,
  type ModelError,
  type Phase,
  type PhaseDeletion,
  type Touchpoint,
  addPhase,
  addTouchpoint,
  createActor,
  deleteEntity,
  deletePhase,
  formatLanes,
  movePhase,
  moveTouchpoint,
  parseLanes,
  sortByOrder,
  updateEntity,
} from '@samkart/model'
import { type FormEvent, type MouseEvent, useCallback, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { useAnnouncer } from '../hooks/useAnnouncer'
import { useEditOrigin } from '../presence/CanvasCollabContext'
import { JourneyPresenceLayer } from '../presence/JourneyPresenceLayer'
import { useReportSelection } from '../presence/useReportSelection'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { CoordinationPanel } from './coordination/CoordinationPanel'
import { DeletePhaseDialog } from './DeletePhaseDialog'
import { JourneyTable } from './JourneyTable'
import { LanesDialog } from './LanesDialog'
import { PhaseNameDialog } from './PhaseNameDialog'
import { TouchpointPanel } from './TouchpointPanel'
import { phaseColumns, stepIndex, stepTouchpoint } from './journeyGrid'
import {
  type TouchpointSelection,
  createTouchpointSelection,
  useTouchpointSelection,
} from './touchpointSelection'
import { useJourneyBoard } from './useJourneyBoard'
import './journey.css'
import { JourneyTags } from './JourneyTags'

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
}

/**
 * One journey: phases as columns, touchpoints within them, lanes as rows, a side panel for the
 * selected touchpoint. Holds only view state (dialogs, highlight); everything else is in the
 * document, written with this tab's origin so a future undo manager tracks only our edits.
 */
export function JourneyView({
  doc,
  journeyId,
  backHref,
  onBack,
  selection: shared,
}: JourneyViewProps) {
  const t = useT()
  const errorText = useErrorText()
  // Inside a read-only `JourneysView`: nothing here may change the document.
  const readOnly = useReadOnly()
  const origin = useEditOrigin()
  const board = useJourneyBoard(doc)
  const [own] = useState(createTouchpointSelection)
  const selection = shared ?? own
  const selected = useTouchpointSelection(selection)
  useReportSelection(selection, selectedTouchpoints)
  const { message, announce } = useAnnouncer()
  const [highlightedActor, setHighlightedActor] = useState<string | null>(null)
  const [renaming, setRenaming] = useState<Phase | null>(null)
  const [deleting, setDeleting] = useState<Phase | null>(null)
  const [lanesOpen, setLanesOpen] = useState(false)
  const [newPhase, setNewPhase] = useState('')
  const [phaseError, setPhaseError] = useState<ModelError | null>(null)

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
  const lanes = useMemo(() => parseLanes(journey?.lanes ?? ''), [journey?.lanes])
  const shownLanes = lanes.filter((l) => !l.hidden).map((l) => l.lane as JourneyLane)

  /** Puts focus back on a control after the table re-renders (a move re-orders its cells). */
  const refocus = useCallback((key: string, fallback?: string) => {
    requestAnimationFrame(() => {
      const find = (k: string) => document.querySelector<HTMLElement>(`[data-focus="${k}"]`)
      const el = find(key)
      if (el && !(el as HTMLButtonElement).disabled) el.focus()
      else if (fallback) find(fallback)?.focus()
    })
  }, [])

  if (!journey)
    return (
      <section className="journey-view">
        <Link href={backHref} onClick={plainClick(onBack)}>
          {t('journey.back')}
        </Link>
        <Paragraph>{t('journey.notFound')}</Paragraph>
      </section>
    )

  const submitPhase = (event: FormEvent) => {
    event.preventDefault()
    const result = addPhase(doc, journeyId, { title: newPhase.trim() }, { origin })
    if (!result.ok) return setPhaseError(result.error)
    setPhaseError(null)
    setNewPhase('')
  }

  const stepPhase = (phase: Phase, direction: -1 | 1) => {
    const index = phases.findIndex((p) => p.id === phase.id)
    const next = stepIndex(index, phases.length, direction)
    if (next === null || !movePhase(doc, phase.id, next, { origin }).ok) return
    announce(
      t('journey.phase.moved', { title: phase.title, position: next + 1, count: phases.length }),
    )
    const side = direction < 0 ? 'left' : 'right'
    refocus(`phase-${side}-${phase.id}`, `phase-${side === 'left' ? 'right' : 'left'}-${phase.id}`)
  }

  const stepTp = (tp: Touchpoint, direction: -1 | 1) => {
    const to = stepTouchpoint(columns, tp.id, direction)
    if (!to || !moveTouchpoint(doc, tp.id, to, { origin }).ok) return
    const phase = phases.find((p) => p.id === to.phaseId)
    announce(
      t('journey.touchpoint.moved', {
        title: tp.title,
        position: to.index + 1,
        phase: phase?.title ?? '',
      }),
    )
    refocus(`tp-${direction < 0 ? 'left' : 'right'}-${tp.id}`, `tp-title-${tp.id}`)
  }

  const addTp = (phase: Phase) => {
    const result = addTouchpoint(
      doc,
      { phaseId: phase.id, title: t('journey.touchpoint.new') },
      { origin },
    )
    if (!result.ok) return
    // The new touchpoint opens in the panel with its title selected, ready to be named.
    selection.set([result.value])
    requestAnimationFrame(() => {
      const title = document.querySelector<HTMLInputElement>('.journey-panel input')
      title?.focus()
      title?.select()
    })
  }

  const confirmDeletePhase = (phase: Phase, how: PhaseDeletion) => {
    setDeleting(null)
    if (!deletePhase(doc, phase.id, how, { origin }).ok) return
    announce(t('journey.phase.deleted', { title: phase.title }))
    // The button that opened the dialog is gone with the phase: focus the table instead.
    refocus('journey-table')
  }

  const writeLanes = (next: LaneSetting[]) =>
    void updateEntity(doc, 'journey', journeyId, { lanes: formatLanes(next) }, { origin })

  const open = selected.size === 1 ? board.touchpoints.find((tp) => selected.has(tp.id)) : undefined
  const ownedHere = (actorId: string) =>
    columns.reduce(
      (n, c) => n + c.touchpoints.filter((tp) => tp.responsible.includes(actorId)).length,
      0,
    )
  const ownedAll = (actorId: string) =>
    board.touchpoints.filter((tp) => tp.responsible.includes(actorId)).length
  const highlighted = highlightedActor ? actorsById.get(highlightedActor) : undefined

  return (
    <section className="journey-view" aria-labelledby="journey-heading">
      <div className="journey-view__header">
        <Link href={backHref} onClick={plainClick(onBack)}>
          {t('journey.back')}
        </Link>
        <Heading id="journey-heading" level={2} data-size="sm">
          {journey.title}
        </Heading>
        {journey.description && (
          <Paragraph data-size="sm" className="journey-muted">
            {journey.description}
          </Paragraph>
        )}
        <JourneyTags tags={journey.tags} />
      </div>
      {!readOnly && (
        <div className="journey-toolbar">
          <form className="journey-toolbar__add" onSubmit={submitPhase} noValidate>
            <Textfield
              data-size="sm"
              label={t('journey.newPhase')}
              value={newPhase}
              onChange={(event) => setNewPhase(event.target.value)}
              error={phaseError ? errorText(phaseError) : undefined}
              autoComplete="off"
            />
            <Button type="submit" data-size="sm" variant="secondary">
              {t('journey.addPhase')}
            </Button>
          </form>
          <Button data-size="sm" variant="secondary" onClick={() => setLanesOpen(true)}>
            {t('journey.lanes.button')}
          </Button>
        </div>
      )}
      <div className="samkart-visually-hidden ds-sr-only" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      <p className="journey-highlight" aria-live="polite">
        {highlighted &&
          t('journey.responsible.highlight', {
            name: highlighted.name,
            here: ownedHere(highlighted.id),
            all: ownedAll(highlighted.id),
          })}
      </p>
      <div className="journey-body">
        {/* Scrolls sideways on its own, so wide journeys never push the panel off screen. */}
        <div
          data-focus="journey-table"
          className="journey-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('journey.caption', { title: journey.title })}
        >
          <JourneyPresenceLayer view={`journey:${journeyId}`} />
          {phases.length === 0 ? (
            <Paragraph data-size="sm">{t('journey.noPhases')}</Paragraph>
          ) : (
            <JourneyTable
              title={journey.title}
              columns={columns}
              lanes={shownLanes}
              actorsById={actorsById}
              selected={selected}
              highlightedActor={highlightedActor}
              onHighlightActor={setHighlightedActor}
              onSelect={(id) =>
                selected.has(id) && selected.size === 1 ? selection.clear() : selection.set([id])
              }
              onAddTouchpoint={addTp}
              onRenamePhase={setRenaming}
              onDeletePhase={setDeleting}
              onStepPhase={stepPhase}
              onStepTouchpoint={stepTp}
              onDropPhase={(id, index) => void movePhase(doc, id, index, { origin })}
              onDropTouchpoint={(id, phaseId, index) =>
                void moveTouchpoint(doc, id, { phaseId, index }, { origin })
              }
            />
          )}
        </div>
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
            onClose={() => {
              selection.clear()
              refocus(`tp-title-${open.id}`)
            }}
          />
        )}
      </div>
      <CoordinationPanel doc={doc} journeyId={journeyId} selection={selection} />
      {!readOnly && (
        <>
          <PhaseNameDialog
            phase={renaming}
            onRename={(phase, title) => updateEntity(doc, 'phase', phase.id, { title }, { origin })}
            onClose={() => setRenaming(null)}
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
          <LanesDialog
            open={lanesOpen}
            lanes={lanes}
            onChange={writeLanes}
            onClose={() => setLanesOpen(false)}
          />
        </>
      )}
    </section>
  )
}

const selectedTouchpoints = (ids: ReadonlySet<string>) => [...ids]

/** A click handler that leaves modified clicks (new tab, new window) to the browser. */
function plainClick(action: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    action()
  }
}
