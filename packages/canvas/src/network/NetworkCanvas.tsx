import { useT } from '@samkart/i18n/react'
import { entityRoot, readActor, readEntityField } from '@samkart/model'
import type * as Y from 'yjs'
import type { Rect } from '@xyflow/react'
import { useCallback, useMemo, useState } from 'react'
import { ActorFlow } from '../ActorFlow'
import { useActorMap } from '../ActorMapContext'
import { useActorNodes } from '../hooks/useActorNodes'
import type { KeyboardMover } from '../hooks/useCardKeyboard'
import { type ViewPlacement, useViewNodesChange } from '../hooks/useViewNodesChange'
import { ActorNode } from '../matrix/ActorNode'
import { CARD_FULL, type Point } from '@samkart/layout'
import { useSelectedNodes } from '../selection/useSelectedNodes'
import { networkPlaceOf } from './createNetworkPlace'
import type { ActorFlowNode } from '../matrix/actorNodes'
import { AnchorMarkers } from '../placement/AnchorMarkers'
import type { NodePlacerOptions } from '../placement/createNodePlacer'
import { usePlacedNodes } from '../placement/usePlacedNodes'

/** Defined once: a new object per render would make React Flow re-create every node. */
const NODE_TYPES = { actor: ActorNode }
/** Cards go where people put them; only a card dropped on another is drawn beside it. */
const PLACEMENT: NodePlacerOptions<ActorFlowNode> = {}
/** Room around the outermost cards' centres when fitting the view: half a card and a margin. */
const MARGIN_X = CARD_FULL.width / 2 + 40
const MARGIN_Y = CARD_FULL.height / 2 + 40
/** Even a board with one card is shown at a readable zoom, not blown up. */
const MIN_BOUNDS = { width: 900, height: 500 }

/** The box «Vis hele kartet» fits: every card, as placed when the view opened. */
function networkBounds(points: Point[]): Rect {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const cx = xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0
  const cy = ys.length ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0
  const width = Math.max(MIN_BOUNDS.width, xs.length ? Math.max(...xs) - Math.min(...xs) : 0)
  const height = Math.max(MIN_BOUNDS.height, ys.length ? Math.max(...ys) - Math.min(...ys) : 0)
  return {
    x: cx - width / 2 - MARGIN_X,
    y: cy - height / 2 - MARGIN_Y,
    width: width + 2 * MARGIN_X,
    height: height + 2 * MARGIN_Y,
  }
}
/**
 * Where every card starts in the network. Reads only the two fields a place needs: reading
 * whole actors (22 fields each) for this took ~70 ms of the switch to a 3,000-actor network,
 * before the cards' own reading of them (docs/performance.md, «Big boards» §8).
 */
function networkPoints(doc: Y.Doc, place: (actor: NetworkPlaced) => Point): Point[] {
  const points: Point[] = []
  for (const id of entityRoot(doc, 'actor').keys()) {
    const networkX = readEntityField(doc, 'actor', id, 'networkX')
    const networkY = readEntityField(doc, 'actor', id, 'networkY')
    if (networkX !== undefined && networkY !== undefined)
      points.push(place({ id, networkX, networkY }))
  }
  return points
}
type NetworkPlaced = { id: string; networkX: number; networkY: number }
/** Free positions are limited only by the model; this keeps a card's centre within it. */
const LIMIT = 100_000
const clampNetwork = (p: Point): Point => ({
  x: Math.min(LIMIT, Math.max(-LIMIT, p.x)),
  y: Math.min(LIMIT, Math.max(-LIMIT, p.y)),
})
/** Flow units per arrow key press, and with Shift. */
const STEP = 20
const STEP_LARGE = 100
const DELTAS: Record<string, [number, number] | undefined> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
}

/**
 * The network view: the same actors in a free layout of their own (not tied to any score), with
 * their relations. Someone dragging a card writes its network position for everyone; actors
 * nobody has placed yet follow a deterministic initial layout.
 */
export function NetworkCanvas() {
  const t = useT()
  const { doc, placement, selection } = useActorMap()
  const place = useMemo(() => networkPlaceOf(doc).place, [doc])
  // Taken once when the view opens: following every remote drag would make the view jump.
  const [bounds] = useState(() => networkBounds(networkPoints(doc, place)))
  const [nodes, setNodes] = useActorNodes(doc, t('actor.roleDescription'), place)
  const shown = useSelectedNodes(nodes, selection)
  const placed = usePlacedNodes(shown, PLACEMENT)
  const viewPlacement = useMemo<ViewPlacement>(
    () => ({ clamp: clampNetwork, write: (id, point) => void placement.network(id, point) }),
    [placement],
  )
  const onNodesChange = useViewNodesChange(setNodes, selection, viewPlacement)

  const move = useCallback<KeyboardMover>(
    (id, key, large) => {
      const actor = readActor(doc, id)
      const d = DELTAS[key]
      if (!actor || !d) return null
      const from = place(actor)
      const step = large ? STEP_LARGE : STEP
      const result = placement.network(id, { x: from.x + d[0] * step, y: from.y + d[1] * step })
      return result.ok ? t('network.moved', { name: actor.name }) : ''
    },
    [doc, place, placement, t],
  )

  return (
    <ActorFlow
      label={t('network.label')}
      nodes={placed.nodes}
      onNodesChange={onNodesChange}
      nodeTypes={NODE_TYPES}
      bounds={bounds}
      background={<AnchorMarkers markers={placed.markers} />}
      move={move}
      relations
      minimap
      keyboardHelp={t('matrix.keyboardHelp')}
      notes="network"
    />
  )
}
