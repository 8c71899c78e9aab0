import { useReactFlow } from '@xyflow/react'
import { useContext, useEffect } from 'react'
import { ActorMapContext } from '../ActorMapContext'
import { nodeBox } from '../flow/nodeBox'
import { findCard } from '../matrix/cardElements'
import { useSubscribable } from '../presence/useSubscribable'
import { useCommentsBridge } from './CommentsBridge'

/** How many frames to wait for the item to be rendered and measured. */
const MAX_FRAMES = 30

/**
 * Inside an actor map view (within its React Flow provider): when the «Kommentarer» panel asks
 * to show an actor or a relation, selects it, centres it at the current zoom and moves focus to
 * the card (a relation: to its edge), so the keyboard continues there.
 */
export function ActorCommentJump() {
  const bridge = useCommentsBridge()
  const jump = useSubscribable(bridge?.jump, null)
  const map = useContext(ActorMapContext)
  const flow = useReactFlow()
  useEffect(() => {
    if (!bridge || !map || !jump || (jump.kind !== 'actor' && jump.kind !== 'relation')) return
    const container = map.canvasRef.current
    let frames = 0
    let frame = 0
    if (jump.kind === 'actor') map.selection.setActors([jump.id])
    else map.selection.selectRelation(jump.id)
    // Looked up on each attempt: on a big board a relation far from the view, and the cards at
    // its ends, reach React Flow only once selected (see useFlowWindow).
    const nodeIds = () => {
      if (jump.kind === 'actor') return [jump.id]
      const edge = flow.getEdge(jump.id)
      return [edge?.source, edge?.target]
    }
    const attempt = () => {
      const nodes = nodeIds().map((id) => (id ? flow.getInternalNode(id) : undefined))
      // Its placed size until measured: on a culled board a card out of view is not on the
      // page (nor measured) until the view is centred on it.
      const boxes = nodes.map((n) => n && nodeBox(n))
      if (!boxes.every((b) => b?.width)) {
        if (frames++ < MAX_FRAMES) frame = requestAnimationFrame(attempt)
        else bridge.jumped() // not in this view (a relation the matrix does not draw)
        return
      }
      const centres = boxes.map((b) => ({ x: b!.x + b!.width / 2, y: b!.y + b!.height / 2 }))
      const x = centres.reduce((sum, c) => sum + c.x, 0) / centres.length
      const y = centres.reduce((sum, c) => sum + c.y, 0) / centres.length
      void flow.setCenter(x, y, { zoom: flow.getZoom(), duration: 0 })
      frames = 0
      if (jump.focus) frame = requestAnimationFrame(focus)
      else bridge.jumped()
    }
    // Once centred, the card or edge is drawn within a frame or two.
    const focus = () => {
      const el =
        container &&
        (jump.kind === 'actor'
          ? findCard(container, jump.id)
          : container.querySelector<HTMLElement>(
              `.react-flow__edge[data-id="${CSS.escape(jump.id)}"]`,
            ))
      if (!el && frames++ < MAX_FRAMES) {
        frame = requestAnimationFrame(focus)
        return
      }
      el?.focus({ preventScroll: true })
      bridge.jumped()
    }
    frame = requestAnimationFrame(attempt)
    return () => cancelAnimationFrame(frame)
  }, [bridge, jump, map, flow])
  return null
}
