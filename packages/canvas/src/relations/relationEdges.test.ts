import type { Relation } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import {
  type EdgeDecor,
  reconcileRelationEdges,
  relationEdge,
  relationsTouching,
} from './relationEdges'
import { RELATION_MARKERS } from './relationStyle'

const names: Record<string, string> = { a: 'KS', b: 'NAV', c: 'Bufdir' }
const decor: EdgeDecor = {
  roleDescription: 'relasjon',
  actorName: (id) => names[id] ?? '',
}
const rel = (id: string, patch: Partial<Relation> = {}): Relation => ({
  id,
  source: 'a',
  target: 'b',
  type: 'collaboration',
  label: '',
  strength: 0.5,
  trust: 0.5,
  ...patch,
})

describe('relationEdge', () => {
  it('carries the names of its ends, marks its role and picks the marker of its type', () => {
    const edge = relationEdge(rel('r1', { type: 'funding' }), undefined, decor)
    expect(edge).toMatchObject({
      id: 'r1',
      type: 'relation',
      source: 'a',
      target: 'b',
      data: { type: 'funding', sourceName: 'KS', targetName: 'NAV' },
      domAttributes: { 'aria-roledescription': 'relasjon' },
      markerEnd: RELATION_MARKERS.funding,
    })
  })

  it('returns the previous object when nothing shown changed, and keeps local selection', () => {
    const prev = { ...relationEdge(rel('r1'), undefined, decor), selected: true }
    expect(relationEdge(rel('r1'), prev, decor)).toBe(prev)
    const retyped = relationEdge(rel('r1', { type: 'agreement' }), prev, decor)
    expect(retyped).not.toBe(prev)
    expect(retyped.selected).toBe(true)
    expect(retyped.markerEnd).toBe(RELATION_MARKERS.agreement)
  })

  it('changes when an end is renamed, so its accessible name follows', () => {
    const prev = relationEdge(rel('r1'), undefined, decor)
    names.a = 'KS (kommunesektorens organisasjon)'
    try {
      const renamed = relationEdge(rel('r1'), prev, decor)
      expect(renamed).not.toBe(prev)
      expect(renamed.data?.sourceName).toBe('KS (kommunesektorens organisasjon)')
    } finally {
      names.a = 'KS'
    }
  })
})

describe('reconcileRelationEdges', () => {
  const relations = new Map([
    ['r1', rel('r1')],
    ['r2', rel('r2', { source: 'b', target: 'c' })],
  ])
  const read = (id: string) => relations.get(id)

  it('adds, keeps, updates and removes only what changed', () => {
    const first = reconcileRelationEdges([], ['r1', 'r2'], read, decor)
    expect(first.map((e) => e.id)).toEqual(['r1', 'r2'])
    expect(reconcileRelationEdges(first, ['r1'], read, decor)).toBe(first)

    relations.set('r1', rel('r1', { label: 'Avtale' }))
    const second = reconcileRelationEdges(first, ['r1'], read, decor)
    expect(second[0]).not.toBe(first[0])
    expect(second[1]).toBe(first[1])

    relations.delete('r2')
    expect(reconcileRelationEdges(second, ['r2'], read, decor).map((e) => e.id)).toEqual(['r1'])
  })

  it('finds the relations to refresh when an actor changes', () => {
    const edges = reconcileRelationEdges([], ['r1'], read, decor).concat(
      relationEdge(rel('r2', { source: 'b', target: 'c' }), undefined, decor),
    )
    expect(relationsTouching(edges, new Set(['c']))).toEqual(['r2'])
    expect(relationsTouching(edges, new Set())).toEqual([])
  })
})
