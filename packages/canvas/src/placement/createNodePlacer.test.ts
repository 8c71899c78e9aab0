import type { Node } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { createNodePlacer } from './createNodePlacer'

const node = (id: string, x: number, y: number, dragging = false): Node => ({
  id,
  position: { x, y },
  data: {},
  dragging,
})

/** Five cards on one point: the placer spreads them, and marks those drawn away from it. */
const crowd = () => ['a', 'b', 'c', 'd', 'e'].map((id) => node(id, 300, 300))

describe('createNodePlacer', () => {
  it('spreads cards that share a point, so none covers another, and marks the displaced', () => {
    const { nodes, markers } = createNodePlacer()(crowd())
    const spots = new Set(nodes.map((n) => `${n.position.x},${n.position.y}`))
    expect(spots.size).toBe(5)
    expect(markers.length).toBeGreaterThan(0)
  })

  it('while a card is dragged, the others keep their places and sizes, and it follows the pointer', () => {
    const place = createNodePlacer()
    // The same input objects throughout for the others (React Flow hands them back unchanged).
    const inputs = crowd()
    const first = place(inputs)
    const displaced = first.markers[0]!.id
    const during = place(inputs.map((n) => (n.id === displaced ? node(n.id, 900, 900, true) : n)))
    for (const n of during.nodes) {
      if (n.id === displaced) {
        expect(n.position).toEqual({ x: 900, y: 900 })
        continue
      }
      // Not only equal: the same object, so React Flow does not re-render the card.
      expect(n).toBe(first.nodes.find((f) => f.id === n.id))
    }
    // The dragged card's marker (its true point and a leader line) waits for the drop.
    expect(during.markers.map((m) => m.id)).not.toContain(displaced)
  })

  it('places a dropped card anew, and the others around it', () => {
    const place = createNodePlacer()
    const inputs = crowd()
    const first = place(inputs)
    const id = inputs[0]!.id
    place(inputs.map((n) => (n.id === id ? node(id, 2000, 2000, true) : n)))
    const dropped = place(inputs.map((n) => (n.id === id ? node(id, 2000, 2000) : n)))
    // Alone at its new point, it is drawn right there, with no marker.
    expect(dropped.nodes.find((n) => n.id === id)!.position).toEqual({ x: 2000, y: 2000 })
    expect(dropped.markers.map((m) => m.id)).not.toContain(id)
    // Its old spot is free again: the layout was worked out anew.
    expect(dropped.nodes).not.toEqual(first.nodes)
  })

  it('holds a card someone else is dragging like one dragged here, and places it at the drop', () => {
    const place = createNodePlacer()
    const inputs = crowd()
    const first = place(inputs)
    const moved = first.markers[0]!.id
    const remote = new Set([moved])
    const moves = inputs.map((n) => (n.id === moved ? node(moved, 320, 340) : n))
    const during = place(moves, remote)
    expect(during.nodes.find((n) => n.id === moved)!.position).toEqual({ x: 320, y: 340 })
    for (const n of during.nodes)
      if (n.id !== moved) expect(n).toBe(first.nodes.find((f) => f.id === n.id))
    // They let go: the card is placed again, away from the others.
    const after = place(moves)
    expect(after.nodes.find((n) => n.id === moved)!.position).not.toEqual({ x: 320, y: 340 })
  })
})
