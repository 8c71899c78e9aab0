import type { Actor } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { type DesiredDecor, desireEdges, reconcileDesiredNodes } from './desiredNodes'
import { lensToPosition } from '@samkart/layout'

const decor: DesiredDecor = { roleDescription: 'ønsket plassering', label: (n) => `Ønsket: ${n}` }
const actor = (id: string, patch: Partial<Actor> = {}) =>
  ({ id, name: id.toUpperCase(), desiredInterest: 0.8, desiredInfluence: 0.9, ...patch }) as Actor

describe('desired markers', () => {
  it('places a marker at the desired scores, named after its actor', () => {
    const actors = new Map([['ks', actor('ks')]])
    const [marker] = reconcileDesiredNodes([], ['ks'], (id) => actors.get(id), decor)
    expect(marker).toMatchObject({
      id: 'desired:ks',
      type: 'desired',
      position: lensToPosition({ interest: 0.8, influence: 0.9 }),
      ariaLabel: 'Ønsket: KS',
      selectable: false,
    })
  })

  it('keeps unchanged markers and drops deleted actors', () => {
    const actors = new Map([
      ['a', actor('a')],
      ['b', actor('b')],
    ])
    const read = (id: string) => actors.get(id)
    const first = reconcileDesiredNodes([], ['a', 'b'], read, decor)
    expect(reconcileDesiredNodes(first, ['a'], read, decor)).toBe(first)
    actors.set('a', actor('a', { desiredInterest: 0.1 }))
    const second = reconcileDesiredNodes(first, ['a'], read, decor)
    expect(second[0]).not.toBe(first[0])
    expect(second[1]).toBe(first[1])
    actors.delete('b')
    expect(reconcileDesiredNodes(second, ['b'], read, decor).map((n) => n.id)).toEqual([
      'desired:a',
    ])
  })

  it('draws one arrow from each card to its marker', () => {
    const markers = reconcileDesiredNodes([], ['a'], () => actor('a'), decor)
    expect(desireEdges(markers)).toEqual([
      expect.objectContaining({ id: 'desire:a', source: 'a', target: 'desired:a' }),
    ])
  })
})
