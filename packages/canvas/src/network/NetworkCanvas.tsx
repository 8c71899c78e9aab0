import { useT } from '@samkart/i18n/react'
import { type Actor, entityRoot, readActor } from '@samkart/model'
import type { Rect } from '@xyflow/react'
import { useCallback, useMemo } from 'react'
import { ActorFlow } from '../ActorFlow'
import { useActorMap } from '../ActorMapContext'
import { useActorNodes } from '../hooks/useActorNodes'
import type { KeyboardMover } from '../hooks/useCardKeyboard'
import { type ViewPlacement, useViewNodesChange } from '../hooks/useViewNodesChange'
import { ActorNode } from '../matrix/ActorNode'
import type { Point } from '../matrix/matrixGeometry'
import { useSelectedNodes } from '../selection/useSelectedNodes'
import { networkPosition } from './networkLayout'

/** Defined once: a new object per render would make React Flow re-create every node. */
const NODE_TYPES = { actor: ActorNode }
/** The initial layout's extent for about 40 cards; «Vis hele kartet» fits this. */
const NETWORK_BOUNDS: Rect = { x: -900, y: -520, width: 1800, height: 1040 }
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
  const place = useMemo(
    () => (actor: Actor) => networkPosition(actor, [...entityRoot(doc, 'actor').keys()].sort()),
    [doc],
  )
  const [nodes, setNodes] = useActorNodes(doc, t('actor.roleDescription'), place)
  const shown = useSelectedNodes(nodes, selection)
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
      nodes={shown}
      onNodesChange={onNodesChange}
      nodeTypes={NODE_TYPES}
      bounds={NETWORK_BOUNDS}
      move={move}
      relations
      keyboardHelp={t('matrix.keyboardHelp')}
    />
  )
}
