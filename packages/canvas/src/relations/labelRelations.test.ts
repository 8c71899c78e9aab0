import type { Edge } from '@xyflow/react'
import { createTranslator } from '@samkart/i18n'
import { describe, expect, it } from 'vitest'
import { createRelationLabeller } from './labelRelations'
import type { RelationEdgeData } from './relationEdges'
import { relationName } from './relationName'

const t = createTranslator('nb')
const data = (patch: Partial<RelationEdgeData> = {}): RelationEdgeData => ({
  type: 'funding',
  label: '',
  strength: 0.5,
  trust: 0.5,
  sourceName: 'KS',
  targetName: 'NAV',
  ...patch,
})
const edge = (id: string, patch: Partial<RelationEdgeData> = {}): Edge => ({
  id,
  type: 'relation',
  source: 'a',
  target: 'b',
  data: data(patch),
})

describe('relationName', () => {
  it('names the two ends and the type, and the label when there is one', () => {
    const plain = relationName(t, data())
    expect(plain).toContain('KS')
    expect(plain).toContain('NAV')
    expect(plain).toContain(t('relation.type.funding'))
    expect(relationName(t, data({ label: 'Tilskudd' }))).toBe(`${plain}, Tilskudd`)
  })
})

describe('createRelationLabeller', () => {
  it('gives each relation its accessible name and keeps the copy while the edge is the same', () => {
    const label = createRelationLabeller<Edge>((d) => relationName(t, d))
    const r1 = edge('r1')
    const first = label([r1])
    expect(first[0]!.ariaLabel).toBe(relationName(t, data()))
    expect(label([r1])[0]).toBe(first[0])
    const renamed = edge('r1', { sourceName: 'Kommunesektoren' })
    expect(label([renamed])[0]!.ariaLabel).toContain('Kommunesektoren')
  })

  it('leaves other edges as they are, and forgets relations no longer handed over', () => {
    const label = createRelationLabeller<Edge>((d) => relationName(t, d))
    const other: Edge = { id: 'x', source: 'a', target: 'b', type: 'desire' }
    const r1 = edge('r1')
    const first = label([r1, other])
    expect(first[1]).toBe(other)
    label([other])
    expect(label([r1])[0]).not.toBe(first[0])
  })
})
