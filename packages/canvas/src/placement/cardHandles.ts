import { type NodeHandle, Position } from '@xyflow/react'

/**
 * How far the connect ring and drop area reach beyond the card on each side, in flow units.
 * Must match `.samkart-connect-ring` / `.samkart-connect-drop` in relations/relations.css.
 */
export const CONNECT_RING_REACH = 10

const cache = new Map<string, NodeHandle[]>()

/**
 * The handles of a card of the given size (see `ConnectHandles`), declared on the node instead
 * of measured from the page. React Flow draws every node once, visible or not, until it knows
 * its handles; on a culled board that put all 3,000 cards on the page at load only to take
 * most of them off again (docs/performance.md, «Big boards»). Declared, a card off screen is
 * never drawn until it comes into view; a drawn card's measured handles replace these.
 * One array per size, so nodes of the same size share it and keep their identity.
 */
export function cardHandles(size: { width: number; height: number }): NodeHandle[] {
  const key = `${size.width}x${size.height}`
  const known = cache.get(key)
  if (known) return known
  const box = {
    x: -CONNECT_RING_REACH,
    y: -CONNECT_RING_REACH,
    width: size.width + 2 * CONNECT_RING_REACH,
    height: size.height + 2 * CONNECT_RING_REACH,
  }
  const handles: NodeHandle[] = [
    { ...box, type: 'source', position: Position.Right },
    { ...box, type: 'target', position: Position.Left },
  ]
  cache.set(key, handles)
  return handles
}
