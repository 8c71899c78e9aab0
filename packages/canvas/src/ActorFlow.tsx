import { useT } from '@samkart/i18n/react'
import {
  type AriaLabelConfig,
  type Connection,
  ConnectionMode,
  Controls,
  type Edge,
  type EdgeTypes,
  type Node,
  type NodeChange,
  type NodeOrigin,
  type NodeTypes,
  type OnMoveStart,
  type OnNodesChange,
  ReactFlow,
  useStore,
  type Rect,
} from '@xyflow/react'
import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
} from 'react'
import { useActorMap } from './ActorMapContext'
import { BoardMinimap } from './minimap/BoardMinimap'
import { FarCardsContext } from './matrix/farCards'
import { isFilterActive, matchesFilter } from './filter/actorFilter'
import { useActorFilter } from './filter/ActorFilterContext'
import { DIMMED_DESCRIPTION_ID, createNodeDimmer, isDimmed } from './filter/dimNodes'
import { useFocusTarget } from './facilitation/ViewControls'
import { useSelection } from './selection/useSelection'
import type { ActorNodeData } from './matrix/actorNodes'
import { type KeyboardMover, useCardKeyboard } from './hooks/useCardKeyboard'
import { MAX_ZOOM, MIN_ZOOM, useMatrixFit } from './hooks/useMatrixFit'
import { RelationEdge } from './relations/RelationEdge'
import { MapLegend } from './legend/MapLegend'
import { SelectedRelationBar } from './relations/SelectedRelationBar'
import { useRelationLayer } from './relations/useRelationLayer'
import { INTERACTION_LAYER_MAX_CARDS, useInteractionLayer } from './hooks/useInteractionLayer'
import { useReadOnly } from './readOnly/ReadOnlyContext'
import { useCanvasCollab } from './presence/CanvasCollabContext'
import { FlowPresenceLayer } from './presence/FlowPresenceLayer'
import type { MapSurface } from './notes/noteGeometry'
import type { NoteFlowNode } from './notes/noteNodes'
import { NoteNode } from './notes/NoteNode'
import { NotesContext } from './notes/NotesContext'
import { useFlowNotes } from './notes/useFlowNotes'
import { useRevealSelection } from './flow/useRevealSelection'
import { useFlowWindow } from './flow/useFlowWindow'
import { useWholeMapRequested } from './flow/wholeMap'
import { createCardLabeller } from './matrix/labelCards'
import { createRelationLabeller } from './relations/labelRelations'
import { relationName } from './relations/relationName'
import { FarRelations } from './relations/FarRelations'
import { useDrawnRelations } from './relations/useDrawnRelations'
import { useLabelClearance } from './relations/useLabelClearance'

/** One element each: React skips them when a drag re-renders the canvas (they read the locale). */
const LEGEND = <MapLegend relations />
const CATEGORY_LEGEND = <MapLegend relations={false} />
/** Defined once: a new object per render would make React Flow re-create every edge. */
const RELATION_EDGE_TYPES: EdgeTypes = { relation: RelationEdge }
/**
 * A card's position is its centre, in every view. The `ReactFlowProvider` around the views must be given it
 * too (see ActorMapView): the store it creates takes the first nodes with its own origin, before
 * this component's prop reaches it.
 */
export const NODE_ORIGIN: NodeOrigin = [0.5, 0.5]
const NO_EDGES: Edge[] = []
/** From this zoom on, relation labels are shown on every line (see relations.css). */
const LABEL_ZOOM = 0.95
/** A relation joins two actors; dropping back on the card it started from draws nothing. */
const notToItself = (c: Edge | Connection) => c.source !== c.target
/**
 * Shift, Ctrl or Cmd + click adds a card to the selection. Shift is also React Flow's default
 * key for drawing a selection box on the empty canvas; the two do not collide (one starts on a
 * card, the other on the pane), and Shift is the key workshop users try first.
 */
const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta']
/** Minimap colours follow the card's category stripe; cards left out by the filter are pale. */
const MINIMAP_COLOURS: Record<string, string> = {
  viktig: 'var(--ds-color-accent-base-default)',
  moderat: 'var(--ds-color-warning-base-default)',
  lav: 'var(--ds-color-neutral-base-default)',
}
/**
 * The minimap helps find one's way on a large board; on a small one the whole board is in view
 * anyway and the minimap would only cover cards.
 */
const MINIMAP_FROM = 40
/** Small enough to leave the matrix's corner readable at the fitted zoom. */
const MINIMAP_SIZE = { width: 168, height: 112 }
/**
 * From this many cards on, only the cards and relations in view are on the page (React Flow's
 * `onlyRenderVisibleElements`). A big board opens at a readable zoom showing a part of it, so
 * this took the 3,000-actor board from 111,747 DOM nodes to a few thousand
 * (docs/performance.md, «Big boards»). Below it every card stays on the page, so the Tab key
 * reaches each one; above it, the actor list and search reach the rest, and a card picked
 * there is brought into view (`useRevealSelection`). Of the relations, only those with an end
 * in view are drawn (`useRelationsNearView`), and React Flow is given only the cards around the
 * view and the far ends of those relations (`useFlowWindow`).
 */
export const CULL_FROM_CARDS = 400
const minimapColour = (node: Node) =>
  isDimmed(node)
    ? 'var(--ds-color-neutral-border-subtle)'
    : (MINIMAP_COLOURS[String((node.data as Partial<ActorNodeData>).category)] ??
      'var(--ds-color-neutral-border-default)')

/** Props of {@link ActorFlow}. */
export interface ActorFlowProps<N extends Node> {
  /** The canvas's accessible name. */
  label: string
  nodes: N[]
  onNodesChange: OnNodesChange<N>
  /** Module-level constants, never created during render. */
  nodeTypes: NodeTypes
  /** What «Vis hele kartet» and the initial view fit. */
  bounds: Rect
  translateExtent?: [[number, number], [number, number]]
  /** Drawn behind the cards (matrix cells, lens quadrants). */
  background?: ReactNode
  /** The view's arrow-key move. */
  move?: KeyboardMover
  /** Relations are drawn, selectable and can be drawn with the mouse. */
  relations: boolean
  /** Edges of the view's own (the lens's desire arrows) when relations are not shown. */
  extraEdges?: Edge[]
  extraEdgeTypes?: EdgeTypes
  /** Spoken description of what keys do on a card. */
  keyboardHelp: string
  /** A pannable, zoomable overview in the corner (large boards on small screens). */
  minimap?: boolean
  /** The view's sticky notes are drawn with the cards (see `useFlowNotes`). */
  notes: MapSurface
}

/**
 * The React Flow canvas every actor-map view is built on: cards, optionally the relations with
 * their legend and the selected-relation bar, zoom controls, keyboard handling and translated
 * labels (React Flow's own defaults are English).
 */
export function ActorFlow<N extends Node>({
  label,
  nodes,
  onNodesChange,
  nodeTypes,
  bounds,
  translateExtent,
  background,
  move,
  relations,
  extraEdges,
  extraEdgeTypes,
  keyboardHelp,
  minimap = false,
  notes: noteSurface,
}: ActorFlowProps<N>) {
  const t = useT()
  const { doc, actions, onRename, announce, canvasRef, selection, deleteRelation, noteRequests } =
    useActorMap()
  const filter = useActorFilter()
  const readOnly = useReadOnly()
  const layer = useRelationLayer()
  const dim = useMemo(() => createNodeDimmer<N>(), [])
  const dimEdges = useMemo(() => createNodeDimmer<Edge>({ describe: false }), [])
  // The ids the filter leaves out, as a string so it changes only when the set does (not on
  // every drag frame), which keeps the edges below from being re-derived while dragging.
  // Focus mode dims the same way, keeping only its actors bright (still there, still focusable).
  const focusTarget = useFocusTarget()?.actorIds
  const selected = useSelection(selection).actors
  const focusIds = focusTarget === 'selection' ? selected : focusTarget
  const focus = focusIds && focusIds.size > 0 ? focusIds : null
  const dimmedKey = useMemo(
    () =>
      isFilterActive(filter) || focus
        ? nodes
            .filter(
              (node) =>
                node.type === 'actor' &&
                (!matchesFilter(node.data as unknown as ActorNodeData, filter) ||
                  (focus !== null && !focus.has(node.id))),
            )
            .map((node) => node.id)
            .join('\n')
        : '',
    [nodes, filter, focus],
  )
  const dimmed = useMemo(() => new Set(dimmedKey ? dimmedKey.split('\n') : []), [dimmedKey])
  const shownNodes = useMemo(
    () => (dimmed.size ? dim(nodes, (node) => dimmed.has(node.id)) : nodes),
    [dim, nodes, dimmed],
  )
  // A relation is dimmed with either end, so what stays bright is what the filter is about.
  const relationEdges = useMemo(
    () =>
      dimmed.size
        ? dimEdges(layer.edges, (edge) => dimmed.has(edge.source) || dimmed.has(edge.target))
        : layer.edges,
    [dimEdges, layer.edges, dimmed],
  )
  const noteHelpId = useId()
  const notes = useFlowNotes(noteSurface, {
    doc,
    readOnly,
    announce,
    canvasRef,
    selection,
    requests: noteRequests,
    helpId: noteHelpId,
  })
  // Notes after the cards: later in the tab order, and drawn above them (see `noteNode`).
  const flowNodes = useMemo(
    () => (notes.nodes.length ? [...shownNodes, ...(notes.nodes as Node[] as N[])] : shownNodes),
    [shownNodes, notes.nodes],
  )
  const flowNodeTypes = useMemo(() => ({ ...nodeTypes, note: NoteNode }), [nodeTypes])
  const { has: isNote, onNodesChange: onNotesChange } = notes
  // Read-only: only selection and measurement reach the view; a move or removal never does,
  // even if something in React Flow produced one.
  const onReadOnlyNodesChange = useCallback<OnNodesChange<N>>(
    (changes) => onNodesChange(changes.filter((c) => c.type !== 'position' && c.type !== 'remove')),
    [onNodesChange],
  )
  const onFlowNodesChange = useCallback<OnNodesChange<N>>(
    (changes) => {
      const forNotes = changes.filter((c) => 'id' in c && isNote(c.id))
      const rest = forNotes.length ? changes.filter((c) => !('id' in c && isNote(c.id))) : changes
      if (forNotes.length) onNotesChange(forNotes as unknown as NodeChange<NoteFlowNode>[])
      if (rest.length) (readOnly ? onReadOnlyNodesChange : onNodesChange)(rest)
    },
    [isNote, onNotesChange, readOnly, onReadOnlyNodesChange, onNodesChange],
  )
  const { fitMatrix, onMoveStart: onFitMoveStart } = useMatrixFit(canvasRef, bounds)
  const interaction = useInteractionLayer(canvasRef, nodes.length <= INTERACTION_LAYER_MAX_CARDS)
  // A picture of the whole map (the PNG export) asks for every card to be drawn for a moment.
  const wholeMap = useWholeMapRequested()
  const culled = nodes.length >= CULL_FROM_CARDS && !wholeMap
  const drawn = useDrawnRelations(relations ? relationEdges : (extraEdges ?? NO_EDGES), {
    culled,
    paintsFar: relations,
    nodes: flowNodes,
    selected,
  })
  const { edges, far } = drawn
  // React Flow holds only the cards around the view, and the ends of the lines it draws.
  const windowNodes = useFlowWindow(flowNodes, edges, culled)
  // Each card's accessible name and description, for the cards React Flow is given only.
  const labelCards = useMemo(() => createCardLabeller<N>(), [])
  const labelledNodes = useMemo(() => labelCards(windowNodes), [labelCards, windowNodes])
  // And each relation's accessible name, for the relations React Flow is given only.
  const labelRelations = useMemo(
    () => createRelationLabeller<Edge>((data) => relationName(t, data)),
    [t],
  )
  const labelledEdges = useMemo(() => labelRelations(edges), [labelRelations, edges])
  // On a big board the minimap comes in the same later render as the relations: the cards in
  // view come first.
  const showsMinimap = useDeferredValue(
    minimap && nodes.length > MINIMAP_FROM,
    culled ? false : undefined,
  )
  useRevealSelection(selection, nodes, culled)
  const onMoveStart = useCallback<OnMoveStart>(
    (event, viewport) => {
      interaction.start()
      onFitMoveStart(event, viewport)
    },
    [interaction, onFitMoveStart],
  )
  // A whole drag, however long and however many cards, is one undo step.
  const { undo, presence } = useCanvasCollab()
  // No compositing layer while a card is dragged (unlike a pan): with the viewport promoted,
  // every move of the card re-layerised the whole board, 85 ms a frame among 1,000 cards
  // (docs/performance.md), while a pan only moves the layer.
  // The others are told which cards are being dragged, so their layout holds them too.
  const onNodeDragStart = useCallback(
    (_: unknown, __: N, dragged: N[]) => {
      undo?.beginGroup()
      presence?.setDragging(dragged.filter((n) => !isNote(n.id)).map((n) => n.id))
    },
    [undo, presence, isNote],
  )
  const onNodeDragStop = useCallback(() => {
    undo?.endGroup()
    presence?.setDragging([])
  }, [undo, presence])
  const { startEditing } = notes
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: N) => (node.type === 'note' ? startEditing(node.id) : onRename(node.id)),
    [onRename, startEditing],
  )
  const drawsRelations = relations && !readOnly
  // Re-renders only when the zoom crosses the threshold, not on every frame of a zoom.
  const closeUp = useStore((s) => s.transform[2] >= LABEL_ZOOM)
  // Zoomed in, a label a card would cover moves along its line or hides (once the map is still).
  useLabelClearance(canvasRef, closeUp, [labelledNodes, labelledEdges])
  // Set on the element, not in state: starting a relation must not re-render a thousand cards.
  const markConnecting = useCallback(() => {
    canvasRef.current?.setAttribute('data-connecting', '')
  }, [canvasRef])
  const unmarkConnecting = useCallback(() => {
    canvasRef.current?.removeAttribute('data-connecting')
  }, [canvasRef])
  const focusCanvas = useCallback(() => canvasRef.current?.focus(), [canvasRef])
  const onSelect = useCallback((id: string) => selection.focusActor(id), [selection])
  const onSpace = useCallback(
    (id: string) => {
      selection.spaceOnActor(id)
      announce(t('selection.count', { count: selection.get().actors.size }))
    },
    [selection, announce, t],
  )
  const keyboard = useCardKeyboard({
    doc,
    actions,
    onRename,
    onDeleted: focusCanvas,
    announce,
    onSelect,
    onSpace,
    move,
    readOnly,
    onEdgeOpen: relations ? layer.onEdgeOpen : undefined,
    onEdgeDelete: relations ? deleteRelation : undefined,
    onEdgeFocus: relations ? layer.onEdgeFocus : undefined,
  })

  // A viewer hears what the keys do for them, not the moves and deletes they cannot make.
  const cardHelp = readOnly ? t('access.readOnly.keyboardHelp') : keyboardHelp
  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': cardHelp,
      'node.a11yDescription.keyboardDisabled': cardHelp,
      'edge.a11yDescription.default': readOnly
        ? t('access.readOnly.relationHelp')
        : t('relation.keyboardHelp'),
      'controls.ariaLabel': t('matrix.controls'),
      'controls.zoomIn.ariaLabel': t('matrix.zoomIn'),
      'controls.zoomOut.ariaLabel': t('matrix.zoomOut'),
      'controls.fitView.ariaLabel': t('matrix.fitView'),
      'minimap.ariaLabel': t('matrix.minimap'),
    }),
    [t, cardHelp, readOnly],
  )

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      if (!notes.onKeyDownCapture(event)) keyboard.onKeyDownCapture(event)
    },
    [notes, keyboard],
  )
  const onFocus = useCallback(
    (event: FocusEvent) => {
      if (!notes.onFocus(event)) keyboard.onFocus(event)
    },
    [notes, keyboard],
  )

  return (
    <div className="samkart-view">
      <div
        ref={canvasRef}
        className="samkart-canvas"
        data-close-up={closeUp || undefined}
        // Every card and relation is on the page once the deferred render of the relations
        // has caught up with them (see requestWholeMap).
        data-whole-map={wholeMap ? (drawn.caughtUp ? 'drawn' : 'drawing') : undefined}
        tabIndex={-1}
        onKeyDownCapture={onKeyDownCapture}
        onFocus={onFocus}
      >
        <NotesContext.Provider value={notes.context}>
          <FarCardsContext.Provider value={far}>
            <ReactFlow<N, Edge>
              aria-label={label}
              nodes={labelledNodes}
              edges={labelledEdges}
              onNodesChange={onFlowNodesChange}
              onEdgesChange={relations ? layer.onEdgesChange : undefined}
              onConnect={drawsRelations ? layer.onConnect : undefined}
              onConnectStart={drawsRelations ? markConnecting : undefined}
              onConnectEnd={drawsRelations ? unmarkConnecting : undefined}
              isValidConnection={notToItself}
              onEdgeDoubleClick={drawsRelations ? layer.onEdgeDoubleClick : undefined}
              nodeTypes={flowNodeTypes}
              onlyRenderVisibleElements={culled}
              edgeTypes={relations ? RELATION_EDGE_TYPES : extraEdgeTypes}
              nodeOrigin={NODE_ORIGIN}
              nodesConnectable={drawsRelations}
              nodesDraggable={!readOnly}
              edgesFocusable={relations}
              edgesReconnectable={false}
              connectionMode={ConnectionMode.Loose}
              connectionRadius={60}
              onInit={fitMatrix}
              onMoveStart={onMoveStart}
              onMoveEnd={interaction.end}
              onNodeDragStart={onNodeDragStart}
              onNodeDragStop={onNodeDragStop}
              onNodeDoubleClick={readOnly ? undefined : onNodeDoubleClick}
              deleteKeyCode={null}
              multiSelectionKeyCode={MULTI_SELECT_KEYS}
              zoomOnDoubleClick={false}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              translateExtent={translateExtent}
              ariaLabelConfig={ariaLabelConfig}
            >
              {background}
              <FarRelations groups={drawn.farGroups} />
              <Controls
                showInteractive={false}
                onFitView={fitMatrix}
                position="bottom-right"
                orientation="horizontal"
              />
              {showsMinimap && (
                <BoardMinimap
                  nodes={flowNodes}
                  colourOf={minimapColour}
                  label={t('matrix.minimap')}
                  {...MINIMAP_SIZE}
                />
              )}
              <FlowPresenceLayer />
            </ReactFlow>
          </FarCardsContext.Provider>
        </NotesContext.Provider>
        {notes.dialog}
        <span id={noteHelpId} hidden>
          {readOnly ? t('access.readOnly.keyboardHelp') : t('notes.keyboardHelp')}
        </span>
        {relations && <SelectedRelationBar edges={layer.edges} />}
        <span id={DIMMED_DESCRIPTION_ID} hidden>
          {t(focus && !isFilterActive(filter) ? 'facilitation.focus.dimmed' : 'filter.dimmed')}
        </span>
      </div>
      {relations ? LEGEND : CATEGORY_LEGEND}
    </div>
  )
}
