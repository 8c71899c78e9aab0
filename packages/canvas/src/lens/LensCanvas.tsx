import { useT } from '@samkart/i18n/react'
import { readActor, readActors } from '@samkart/model'
import type { EdgeTypes, NodeChange, Rect } from '@xyflow/react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { ActorFlow } from '../ActorFlow'
import { useActorMap } from '../ActorMapContext'
import { useActorNodes } from '../hooks/useActorNodes'
import type { KeyboardMover } from '../hooks/useCardKeyboard'
import { type ViewPlacement, useViewNodesChange } from '../hooks/useViewNodesChange'
import { ActorNode } from '../matrix/ActorNode'
import type { ActorFlowNode } from '../matrix/actorNodes'
import { stepScore, unitStepForKey } from '../matrix/keyboardMove'
import { useSelectedNodes } from '../selection/useSelectedNodes'
import { useSelection } from '../selection/useSelection'
import { DesiredNode } from './DesiredNode'
import { DesireEdge } from './DesireEdge'
import { type DesiredFlowNode, desireEdges } from './desiredNodes'
import { LensBackground } from './LensBackground'
import { actorOfDesired } from './desiredNodeId'
import {
  MATRIX_HEIGHT as LENS_HEIGHT,
  MATRIX_WIDTH as LENS_WIDTH,
  clampToLens,
  positionToLens,
} from '@samkart/layout'
import { LENS_REGIONS, LENS_TRAY, isPlacedInLens, lensCardRegion } from './lensTray'
import { createLensPlace } from './createLensPlace'
import { AnchorMarkers } from '../placement/AnchorMarkers'
import type { NodePlacerOptions } from '../placement/createNodePlacer'
import { usePlacedNodes } from '../placement/usePlacedNodes'
import { useDesiredNodes } from './useDesiredNodes'

/** Defined once: new objects per render would make React Flow re-create every element. */
const NODE_TYPES = { actor: ActorNode, desired: DesiredNode }
const EDGE_TYPES: EdgeTypes = { desire: DesireEdge }
const LENS_BOUNDS: Rect = { x: -90, y: -40, width: LENS_WIDTH + 150, height: LENS_HEIGHT + 110 }
/** With actors still in the tray, the view opens on the tray too. */
const LENS_AND_TRAY_BOUNDS: Rect = {
  ...LENS_BOUNDS,
  x: LENS_TRAY.x - 30,
  width: LENS_BOUNDS.width + LENS_BOUNDS.x - LENS_TRAY.x + 30,
}
const TRANSLATE_EXTENT: [[number, number], [number, number]] = [
  [-LENS_WIDTH * 0.5, -LENS_HEIGHT * 0.5],
  [LENS_WIDTH * 1.5, LENS_HEIGHT * 1.5],
]
/**
 * Cards stay in the quadrant of their current position, as the matrix keeps them in a cell, or
 * in the tray; a desired-position marker is laid out with them, so nothing covers anything.
 */
const PLACEMENT: NodePlacerOptions<LensNode> = {
  regionOf: (node) => lensCardRegion(node.position),
  regions: LENS_REGIONS,
}
const percent = (value: number) => Math.round(value * 100)

type LensNode = ActorFlowNode | DesiredFlowNode

/**
 * The interest × influence lens: each actor's card where it stands now, a dashed marker where
 * the work wants it, and an arrow between them. Dragging (or arrow keys on) the card writes
 * interest and influence; dragging (or arrow keys on) the marker writes the desired values.
 */
export function LensCanvas() {
  const t = useT()
  const { doc, placement, selection } = useActorMap()
  // One per opening of the view, so the tray is packed in name order each time it opens.
  const lensPlace = useMemo(() => createLensPlace(doc), [doc])
  useEffect(() => lensPlace.follow(), [lensPlace])
  const [cards, setCards] = useActorNodes(doc, t('actor.roleDescription'), lensPlace.place)
  const [markers, setMarkers] = useDesiredNodes(doc)
  const shownCards = useSelectedNodes(cards, selection)
  const { actors: selected } = useSelection(selection)
  // A desire is shown where one was set; the selected card's marker too, so it can be moved.
  const shownMarkers = useMemo(
    () => markers.filter((m) => m.data.wanted || selected.has(actorOfDesired(m.id) ?? '')),
    [markers, selected],
  )
  const all = useMemo<LensNode[]>(
    () => [...shownCards, ...shownMarkers],
    [shownCards, shownMarkers],
  )
  const placed = usePlacedNodes(all, PLACEMENT)
  // The arrows depend only on which markers are shown, not on where they are.
  const markerIds = shownMarkers.map((m) => m.id).join('\n')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const edges = useMemo(() => desireEdges(shownMarkers), [markerIds])
  const inTray = cards.some((card) => card.position.x < 0)
  // Taken once when the view opens, like the network's: the tray is in view if it is in use.
  const [bounds] = useState(() =>
    readActors(doc).every(isPlacedInLens) ? LENS_BOUNDS : LENS_AND_TRAY_BOUNDS,
  )

  const cardPlacement = useMemo<ViewPlacement>(
    () => ({ clamp: clampToLens, write: (id, p) => void placement.lens(id, positionToLens(p)) }),
    [placement],
  )
  const markerPlacement = useMemo<ViewPlacement>(
    () => ({
      clamp: clampToLens,
      write: (id, p) => void placement.desired(actorOfDesired(id) ?? id, positionToLens(p)),
    }),
    [placement],
  )
  const onCardsChange = useViewNodesChange(setCards, selection, cardPlacement)
  const onMarkersChange = useViewNodesChange(setMarkers, selection, markerPlacement)
  const onNodesChange = useCallback(
    (changes: NodeChange<LensNode>[]) => {
      const isMarker = (c: NodeChange<LensNode>) => 'id' in c && actorOfDesired(c.id) !== null
      const forCards = changes.filter((c) => !isMarker(c)) as NodeChange<ActorFlowNode>[]
      const forMarkers = changes.filter(isMarker) as NodeChange<DesiredFlowNode>[]
      if (forCards.length) onCardsChange(forCards)
      if (forMarkers.length) onMarkersChange(forMarkers)
    },
    [onCardsChange, onMarkersChange],
  )

  const move = useCallback<KeyboardMover>(
    (id, key, large) => {
      const step = unitStepForKey(key, large)
      const desiredOf = actorOfDesired(id)
      const actor = readActor(doc, desiredOf ?? id)
      if (!step || !actor) return null
      if (desiredOf) {
        const next = {
          interest: stepScore(actor.desiredInterest, step.right),
          influence: stepScore(actor.desiredInfluence, step.up),
        }
        if (!placement.desired(actor.id, next).ok) return ''
        return t('lens.desiredMoved', {
          name: actor.name,
          interest: percent(next.interest),
          influence: percent(next.influence),
        })
      }
      const next = {
        interest: stepScore(actor.interest, step.right),
        influence: stepScore(actor.influence, step.up),
      }
      if (!placement.lens(actor.id, next).ok) return ''
      return t('lens.moved', {
        name: actor.name,
        interest: percent(next.interest),
        influence: percent(next.influence),
      })
    },
    [doc, placement, t],
  )

  return (
    <ActorFlow<LensNode>
      label={t('lens.label')}
      nodes={placed.nodes}
      onNodesChange={onNodesChange}
      nodeTypes={NODE_TYPES}
      bounds={bounds}
      translateExtent={TRANSLATE_EXTENT}
      background={
        <>
          <LensBackground tray={inTray} />
          <AnchorMarkers markers={placed.markers} />
        </>
      }
      move={move}
      relations={false}
      extraEdges={edges}
      extraEdgeTypes={EDGE_TYPES}
      keyboardHelp={t('lens.keyboardHelp')}
      notes="lens"
    />
  )
}
