import {
  createActor,
  deleteActor,
  entityRoot,
  moveActor,
  readActor,
  updateActor,
} from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type ActorFlowNode,
  actorNode,
  changedActorIds,
  reconcileActorNodes,
  selectOnly,
} from './actorNodes'
import { MATRIX_HEIGHT, MATRIX_WIDTH } from '@samkart/layout'

const decor = { roleDescription: 'aktørkort' }

/** A doc with two actors, a node list built from it, and a recorder of observed changes. */
function setup() {
  const doc = new Y.Doc()
  const a = createActor(doc, { name: 'NAV', importance: 0.8, substitutability: 0.2 })
  const b = createActor(doc, { name: 'KS' })
  if (!a.ok || !b.ok) throw new Error('setup failed')
  const read = (id: string) => readActor(doc, id)
  const nodes = reconcileActorNodes([], [a.value, b.value], read, decor)
  const root = entityRoot(doc, 'actor')
  const seen: Set<string>[] = []
  root.observeDeep((events) => seen.push(changedActorIds(events, root)))
  return { doc, a: a.value, b: b.value, read, nodes, seen }
}

describe('actorNode', () => {
  it('places the card from its scores and derives the category', () => {
    const { nodes } = setup()
    const nav = nodes[0]!
    expect(nav.type).toBe('actor')
    expect(nav.data).toMatchObject({ name: 'NAV', category: 'viktig' })
    expect(nav.position.x).toBeCloseTo(0.8 * MATRIX_WIDTH)
    expect(nav.position.y).toBeCloseTo(0.2 * MATRIX_HEIGHT)
    expect(nav.domAttributes?.['aria-roledescription']).toBe('aktørkort')
  })

  it('returns the previous node when nothing changed', () => {
    const { doc, a, nodes } = setup()
    expect(actorNode(readActor(doc, a)!, nodes[0], decor)).toBe(nodes[0])
  })

  it('keeps local-only fields and, while dragging, the local position', () => {
    const { doc, a, nodes } = setup()
    const local: ActorFlowNode = {
      ...nodes[0]!,
      selected: true,
      dragging: true,
      measured: { width: 180, height: 60 },
      position: { x: 5, y: 5 },
    }
    updateActor(doc, a, { name: 'Arbeids- og velferdsetaten' })
    const next = actorNode(readActor(doc, a)!, local, decor)
    expect(next).toMatchObject({ selected: true, dragging: true, position: { x: 5, y: 5 } })
    expect(next.measured).toEqual({ width: 180, height: 60 })
    expect(next.data.name).toBe('Arbeids- og velferdsetaten')
  })
})

describe('reconcileActorNodes', () => {
  it('rebuilds only the changed node and keeps identity of the others', () => {
    const { doc, a, read, nodes, seen } = setup()
    moveActor(doc, a, { importance: 0.1, substitutability: 0.9 })
    const next = reconcileActorNodes(nodes, seen.at(-1)!, read, decor)
    expect(next).not.toBe(nodes)
    expect(next[1]).toBe(nodes[1])
    expect(next[0]!.data.category).toBe('lav')
  })

  it('keeps data identity when only the position changes within a cell', () => {
    const { doc, b, read, nodes, seen } = setup()
    moveActor(doc, b, { importance: 0.6, substitutability: 0.7 })
    const next = reconcileActorNodes(nodes, seen.at(-1)!, read, decor)
    expect(next[1]).not.toBe(nodes[1])
    expect(next[1]!.position).not.toEqual(nodes[1]!.position)
    expect(next[1]!.data).toBe(nodes[1]!.data)
  })

  it('appends created actors and drops deleted ones', () => {
    const { doc, a, read, nodes, seen } = setup()
    const c = createActor(doc, { name: 'Statped' })
    if (!c.ok) throw new Error()
    const added = reconcileActorNodes(nodes, seen.at(-1)!, read, decor)
    expect(added.map((n) => n.data.name)).toEqual(['NAV', 'KS', 'Statped'])
    deleteActor(doc, a)
    const removed = reconcileActorNodes(added, seen.at(-1)!, read, decor)
    expect(removed.map((n) => n.data.name)).toEqual(['KS', 'Statped'])
    expect(removed[0]).toBe(added[1])
  })

  it('rebuilds every card when the language changes', () => {
    const { a, b, read, nodes } = setup()
    const next = reconcileActorNodes(nodes, [a, b], read, { roleDescription: 'actor card' })
    expect(next[0]!.domAttributes?.['aria-roledescription']).toBe('actor card')
    expect(next[0]!.data).toBe(nodes[0]!.data)
  })

  it('ignores changes for actors that no longer exist', () => {
    const { read, nodes } = setup()
    expect(reconcileActorNodes(nodes, ['gone'], read, decor)).toBe(nodes)
  })
})

describe('changedActorIds', () => {
  it('names the actors touched by a transaction, nested or at the root', () => {
    const { doc, a, b, seen } = setup()
    doc.transact(() => {
      updateActor(doc, a, { name: 'NAV stat' })
      deleteActor(doc, b)
    })
    expect(seen.at(-1)).toEqual(new Set([a, b]))
  })
})

describe('selectOnly', () => {
  it('selects one card and keeps the identity of untouched ones', () => {
    const { a, b, nodes } = setup()
    const one = selectOnly(nodes, a)
    expect(one[0]!.selected).toBe(true)
    expect(one[1]).toBe(nodes[1])
    const other = selectOnly(one, b)
    expect(other.map((n) => Boolean(n.selected))).toEqual([false, true])
    expect(selectOnly(other, b)).toBe(other)
  })
})

describe('touchpoint counts on cards', () => {
  it('shows the count from the decor and rebuilds only the card whose count changed', () => {
    const { a, b, read } = setup()
    const counts = new Map([[a, 3]])
    const withCounts = { ...decor, touchpoints: (id: string) => counts.get(id) ?? 0 }
    const nodes = reconcileActorNodes([], [a, b], read, withCounts)
    expect(nodes.map((n) => n.data.touchpoints)).toEqual([3, 0])
    counts.set(a, 4)
    const next = reconcileActorNodes(nodes, [a, b], read, withCounts)
    expect(next[0]!.data.touchpoints).toBe(4)
    expect(next[1]).toBe(nodes[1])
    expect(reconcileActorNodes(next, [a, b], read, withCounts)).toBe(next)
  })
})
