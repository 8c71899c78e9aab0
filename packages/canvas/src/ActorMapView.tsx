import { Switch } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { ReactFlowProvider } from '@xyflow/react'
import { NODE_ORIGIN } from './ActorFlow'
import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { readActor } from '@samkart/model'
import type * as Y from 'yjs'
import '@xyflow/react/dist/style.css'
import './canvas.css'
import './relations/relations.css'
import './touch.css'
import { ActorMapContext, type ActorMapContextValue } from './ActorMapContext'
import { ACTOR_VIEWS, type ActorView, ActorMapToolbar, NewRelationButton } from './ActorMapToolbar'
import { createActorActions } from './actions/actorActions'
import { createPlacementActions } from './actions/placementActions'
import { createRelationActions } from './actions/relationActions'
import { ActorPanel, type ActorPanelHandle } from './actors/ActorPanel'
import { createContentProjector } from './flow/nodeContent'
import type { ActorNodeData } from './matrix/actorNodes'
import { AddActorButton } from './actors/AddActorButton'
import type { OrganisationSearch } from './actors/OrganisationField'
import { BulkDeleteDialog } from './actors/BulkDeleteDialog'
import { PanelToggle } from './actors/PanelToggle'
import { RenameActorDialog } from './actors/RenameActorDialog'
import { useDuplicateActor } from './actors/useDuplicateActor'
import { ActorFilterBar } from './filter/ActorFilterBar'
import { useViewFilter } from './facilitation/ViewControls'
import { ActorFilterContext } from './filter/ActorFilterContext'
import { useActorNodes } from './hooks/useActorNodes'
import { useAnnouncer } from './hooks/useAnnouncer'
import { useCardFocus } from './hooks/useCardFocus'
import { useStoredFlag } from './hooks/useStoredFlag'
import { type ViewPlacement, useViewNodesChange } from './hooks/useViewNodesChange'
import { LensCanvas } from './lens/LensCanvas'
import { MatrixCanvas } from './matrix/MatrixCanvas'
import { clampToMatrix, positionToScores } from '@samkart/layout'
import { ArrangeNetworkButton } from './network/ArrangeNetworkButton'
import { NetworkCanvas } from './network/NetworkCanvas'
import { NewNoteButton } from './notes/NewNoteButton'
import { createNoteRequests } from './notes/noteRequests'
import { PresenceViewContext, useEditOrigin } from './presence/CanvasCollabContext'
import { useFollowMode } from './presence/useFollowMode'
import { useReportSelection } from './presence/useReportSelection'
import { ReadOnlyContext } from './readOnly/ReadOnlyContext'
import { RelationDialog, type RelationDialogMode } from './relations/RelationDialog'
import { ActorCommentJump } from './comments/ActorCommentJump'
import { type Selection, createSelectionStore } from './selection/selectionStore'
import { useSelectedNodes } from './selection/useSelectedNodes'

/** Props of {@link ActorMapView}. */
export interface ActorMapViewProps {
  /** The board's document. The view reads and writes it; connecting is the app's job. */
  doc: Y.Doc
  /**
   * Shows the board without any editing control (a viewer's link): no adding, renaming,
   * deleting, dragging, drawing relations or keyboard moves. Selecting, panning, zooming,
   * filtering, insight and reading details still work.
   */
  readOnly?: boolean
  /** Suggests organisations from Enhetsregisteret when adding an actor (the app's server). */
  findOrganisations?: OrganisationSearch
  /**
   * The board has not arrived yet: the view is built (toolbar, panel) but hidden and inert, and
   * has no canvas, so that when the board comes only the cards are left to draw. The app shows
   * its own «connecting» message meanwhile; nothing here can be used or read.
   */
  preparing?: boolean
}

/** Whether every card's exact point is marked (not only the selected ones'), per device. */
const EXACT_POINTS_STORAGE_KEY = 'samkart.exactPoints'
/** Whether the side panel is open, per device: a projector wants the whole width. */
const PANEL_STORAGE_KEY = 'samkart.sidePanel'
/**
 * Until someone chooses, the panel starts open where it leaves the canvas most of the window
 * (laptops and up) and closed on tablets and phones, where it would cover half the map.
 */
const PANEL_OPEN_FROM = 1200
const panelOpenByDefault = () => (globalThis.innerWidth ?? PANEL_OPEN_FROM) >= PANEL_OPEN_FROM

/**
 * The aktørkart: heading, the view switch (matrix, network, interest × influence), «Legg til
 * aktør» and «Ny relasjon», the active view's canvas and the side panel. Holds only view state
 * (which view, which dialog, what is selected); everything about actors lives in the document.
 */
export function ActorMapView({
  doc,
  readOnly = false,
  findOrganisations,
  preparing = false,
}: ActorMapViewProps) {
  const t = useT()
  // The app's undo history tracks this origin, so undo reverts exactly this tab's edits.
  const origin = useEditOrigin()
  const actions = useMemo(() => createActorActions(doc, origin), [doc, origin])
  const relationActions = useMemo(() => createRelationActions(doc, origin), [doc, origin])
  const placement = useMemo(() => createPlacementActions(doc, origin), [doc, origin])
  const [selection] = useState(createSelectionStore)
  const [noteRequests] = useState(createNoteRequests)
  const [view, setView] = useState<ActorView>('matrix')
  useFollowMode(ACTOR_VIEWS, view, setView)
  useReportSelection(selection, selectedIds)
  // Per user and per tab: one participant's search must not dim the board for the others.
  const [filter, setFilter] = useViewFilter()

  const [nodes, setNodes] = useActorNodes(doc, t('actor.roleDescription'))
  const shownNodes = useSelectedNodes(nodes, selection)
  // What the panel and the filter read: the same array for as long as only places change.
  const [project] = useState(createContentProjector<ActorNodeData>)
  const content = useMemo(() => project(shownNodes), [project, shownNodes])
  const filterables = useMemo(() => content.map((node) => node.data), [content])
  const matrixPlacement = useMemo<ViewPlacement>(
    () => ({ clamp: clampToMatrix, write: (id, p) => void actions.move(id, positionToScores(p)) }),
    [actions],
  )
  const onMatrixChange = useViewNodesChange(setNodes, selection, matrixPlacement)
  const [panelOpen, setPanelOpen] = useStoredFlag(PANEL_STORAGE_KEY, panelOpenByDefault)
  const panelId = useId()
  const showPanel = useCallback(() => setPanelOpen(true), [setPanelOpen])
  const [exactPoints, setExactPoints] = useStoredFlag(EXACT_POINTS_STORAGE_KEY, false)
  // The network view takes its bounds when it opens; after «Ordne automatisk» it opens anew.
  const [arranged, setArranged] = useState(0)
  const refitAfterArrange = useCallback(() => setArranged((n) => n + 1), [])

  const [renamingId, setRenamingId] = useState<string | null>(null)
  const [relationMode, setRelationMode] = useState<RelationDialogMode | null>(null)
  const { message, announce } = useAnnouncer()
  const canvasRef = useRef<HTMLDivElement>(null)
  const selectOne = useCallback((id: string) => selection.setActors([id]), [selection])
  const focusCard = useCardFocus(canvasRef, selectOne)
  const closeRename = useCallback(() => setRenamingId(null), [])
  const closeRelation = useCallback(() => setRelationMode(null), [])
  const panelRef = useRef<ActorPanelHandle>(null)
  const duplicateActor = useDuplicateActor(doc, actions, focusCard, announce)
  const [confirmDelete, setConfirmDelete] = useState<string[] | null>(null)
  const closeConfirmDelete = useCallback(() => setConfirmDelete(null), [])

  const deleteMany = useCallback(() => {
    const ids = confirmDelete ?? []
    setConfirmDelete(null)
    let deleted = 0
    // One transaction: everyone sees the cards (and, by the model's cascade, their relations)
    // go at once, and the server checks one update instead of one per card.
    doc.transact(() => {
      for (const id of ids) if (actions.remove(id).ok) deleted++
    }, origin)
    selection.clear()
    announce(t('bulkDelete.done', { count: deleted }))
    canvasRef.current?.focus()
  }, [confirmDelete, doc, actions, origin, selection, announce, t])

  const duplicateMany = useCallback(
    (ids: string[]) => {
      let created: string[] = []
      doc.transact(() => {
        created = duplicateActor(...ids)
      }, origin)
      if (created.length < 2) return
      // The copies become the selection, so they can be dragged away from the originals at once.
      selection.setActors(created)
      announce(t('selection.duplicated', { count: created.length }))
    },
    [doc, duplicateActor, origin, selection, announce, t],
  )

  const deleteActor = useCallback(
    (id: string) => {
      const name = readActor(doc, id)?.name ?? ''
      if (!actions.remove(id).ok) return
      announce(t('actor.deleted', { name }))
      canvasRef.current?.focus()
    },
    [actions, announce, doc, t],
  )

  const relationName = useCallback(
    (id: string) =>
      canvasRef.current
        ?.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"]`)
        ?.getAttribute('aria-label') ?? '',
    [],
  )
  const deleteRelation = useCallback(
    (id: string) => {
      const name = relationName(id)
      if (!relationActions.remove(id).ok) return
      if (selection.get().relation === id) selection.selectRelation(null)
      setRelationMode(null)
      announce(t('relation.deleted', { name }))
      canvasRef.current?.focus()
    },
    [relationActions, relationName, selection, announce, t],
  )
  const onRelationSaved = useCallback(
    (id: string, created: boolean) => {
      setRelationMode(null)
      selection.selectRelation(id)
      // After the edge has re-rendered with its new name.
      if (created)
        requestAnimationFrame(() => announce(t('relation.created', { name: relationName(id) })))
    },
    [selection, announce, relationName, t],
  )

  const context = useMemo<ActorMapContextValue>(
    () => ({
      doc,
      actions,
      relationActions,
      placement,
      selection,
      announce,
      onRename: setRenamingId,
      openRelationDialog: setRelationMode,
      deleteRelation,
      canvasRef,
      exactPoints,
      noteRequests,
    }),
    [
      doc,
      actions,
      relationActions,
      placement,
      selection,
      announce,
      deleteRelation,
      exactPoints,
      noteRequests,
    ],
  )

  const newRelation = useCallback(
    () => setRelationMode({ kind: 'create', source: firstSelected(selection) }),
    [selection],
  )
  const fewCards = nodes.length < 2
  // Built once per change of what it shows, not on every render of the view: a drag renders
  // the view once per pointer move, and the toolbar's Designsystemet buttons, toggle group,
  // search and filter re-rendered with it (docs/performance.md «Big boards» §12).
  const toolbar = useMemo(
    () => (
      <ActorMapToolbar
        view={view}
        onView={setView}
        tools={
          readOnly ? undefined : (
            <>
              <AddActorButton
                actions={actions}
                onAdded={focusCard}
                findOrganisations={findOrganisations}
              />
              <NewRelationButton disabled={fewCards} onClick={newRelation} />
              <NewNoteButton requests={noteRequests} />
              {view === 'network' && !fewCards && (
                <ArrangeNetworkButton onArranged={refitAfterArrange} />
              )}
            </>
          )
        }
        filter={<ActorFilterBar filter={filter} onChange={setFilter} actors={filterables} />}
        end={<PanelToggle open={panelOpen} onToggle={setPanelOpen} controls={panelId} />}
        options={
          view !== 'network' && (
            <Switch
              data-size="sm"
              label={t('view.exactPoints')}
              description={t('view.exactPoints.description')}
              checked={exactPoints}
              onChange={(event) => setExactPoints(event.target.checked)}
            />
          )
        }
      />
    ),
    [
      view,
      readOnly,
      actions,
      focusCard,
      findOrganisations,
      fewCards,
      newRelation,
      noteRequests,
      refitAfterArrange,
      filter,
      setFilter,
      filterables,
      panelOpen,
      setPanelOpen,
      panelId,
      t,
      exactPoints,
      setExactPoints,
    ],
  )

  return (
    <ActorMapContext.Provider value={context}>
      <ReadOnlyContext.Provider value={readOnly}>
        <ActorFilterContext.Provider value={filter}>
          <section
            className="samkart-actor-map"
            aria-labelledby="samkart-actor-map-heading"
            inert={preparing}
            data-preparing={preparing || undefined}
          >
            <h2 id="samkart-actor-map-heading" className="samkart-visually-hidden">
              {t('matrix.heading')}
            </h2>
            <div className="samkart-actor-map__stage" data-canvas-stage>
              <PresenceViewContext.Provider value={`actors:${view}`}>
                <ReactFlowProvider key={`${view}:${arranged}`} nodeOrigin={NODE_ORIGIN}>
                  {!preparing && view === 'matrix' && (
                    <MatrixCanvas nodes={shownNodes} onNodesChange={onMatrixChange} />
                  )}
                  {!preparing && view === 'network' && <NetworkCanvas />}
                  {!preparing && view === 'lens' && <LensCanvas />}
                  {!preparing && <ActorCommentJump />}
                </ReactFlowProvider>
              </PresenceViewContext.Provider>
              {toolbar}
            </div>
            <ActorPanel
              ref={panelRef}
              id={panelId}
              hidden={!panelOpen}
              onShow={showPanel}
              doc={doc}
              actions={actions}
              nodes={content}
              onSelect={focusCard}
              onDelete={deleteActor}
              onDuplicate={duplicateActor}
              onDeleteMany={setConfirmDelete}
              onDuplicateMany={duplicateMany}
            />
            {!readOnly && (
              <>
                <BulkDeleteDialog
                  names={confirmDelete && confirmDelete.map((id) => readActor(doc, id)?.name ?? '')}
                  onConfirm={deleteMany}
                  onClose={closeConfirmDelete}
                />
                <RenameActorDialog
                  doc={doc}
                  actions={actions}
                  actorId={renamingId}
                  onClose={closeRename}
                />
                <RelationDialog
                  doc={doc}
                  actions={relationActions}
                  mode={relationMode}
                  onClose={closeRelation}
                  onSaved={onRelationSaved}
                  onDelete={deleteRelation}
                />
              </>
            )}
            <div className="samkart-visually-hidden" aria-live="polite" aria-atomic="true">
              {message}
            </div>
          </section>
        </ActorFilterContext.Provider>
      </ReadOnlyContext.Provider>
    </ActorMapContext.Provider>
  )
}

/** What the others see as this tab's selection: the selected cards, or the relation. */
const selectedIds = ({ actors, relation }: Selection) => (relation ? [relation] : [...actors])

const firstSelected = (store: ReturnType<typeof createSelectionStore>) =>
  store.get().actors.values().next().value
