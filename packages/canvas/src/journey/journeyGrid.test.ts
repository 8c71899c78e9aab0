import type { Phase, Touchpoint } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { parseTags, phaseColumns, stepIndex, stepTouchpoint } from './journeyGrid'

const phase = (id: string, order: string): Phase => ({ id, journeyId: 'j', title: id, order })
const tp = (id: string, phaseId: string, order: string) =>
  ({ id, phaseId, order, journeyId: 'j', title: id }) as Touchpoint

const columns = phaseColumns(
  [phase('a', 'A'), phase('b', 'B'), phase('c', 'C')],
  [tp('t2', 'a', 'M'), tp('t1', 'a', 'D'), tp('t3', 'c', 'M'), tp('lost', 'gone', 'A')],
)

describe('phaseColumns', () => {
  it('groups touchpoints under their phases in order and drops orphans', () => {
    expect(columns.map((c) => [c.phase.id, c.touchpoints.map((t) => t.id)])).toEqual([
      ['a', ['t1', 't2']],
      ['b', []],
      ['c', ['t3']],
    ])
  })
})

describe('stepIndex', () => {
  it('moves one step and stops at the edges', () => {
    expect(stepIndex(0, 3, 1)).toBe(1)
    expect(stepIndex(2, 3, -1)).toBe(1)
    expect(stepIndex(0, 3, -1)).toBeNull()
    expect(stepIndex(2, 3, 1)).toBeNull()
  })
})

describe('stepTouchpoint', () => {
  it('moves within a phase', () => {
    expect(stepTouchpoint(columns, 't1', 1)).toEqual({ phaseId: 'a', index: 1 })
    expect(stepTouchpoint(columns, 't2', -1)).toEqual({ phaseId: 'a', index: 0 })
  })

  it('crosses into the neighbouring phase, empty ones included', () => {
    expect(stepTouchpoint(columns, 't2', 1)).toEqual({ phaseId: 'b', index: 0 })
    expect(stepTouchpoint(columns, 't3', -1)).toEqual({ phaseId: 'b', index: 0 })
  })

  it('stops at the journey edges and for unknown touchpoints', () => {
    expect(stepTouchpoint(columns, 't1', -1)).toBeNull()
    expect(stepTouchpoint(columns, 't3', 1)).toBeNull()
    expect(stepTouchpoint(columns, 'nope', 1)).toBeNull()
  })
})

describe('parseTags', () => {
  it('trims, drops empties and repeats', () => {
    expect(parseTags(' liten kommune, barn 0–6 ,, liten kommune')).toEqual([
      'liten kommune',
      'barn 0–6',
    ])
  })
})
