import { describe, expect, it } from 'vitest'
import { actorSpec, type Actor } from '../entities/Actor'
import type { Relation } from '../entities/Relation'
import { actorsWithoutRelations, blockingActors, canBlock, categoryCounts } from './actorInsights'

const actor = (id: string, fields: Partial<Actor>): Actor => ({
  ...actorSpec.defaults,
  id,
  name: id,
  ...fields,
})

describe('actor insights', () => {
  const actors = [
    actor('ks', { importance: 0.9, substitutability: 0.1, strategy: 'samarbeid' }),
    actor('vendor', { importance: 0.8, substitutability: 0.2, strategy: 'ga-alene' }),
    actor('bfd', { importance: 0.2, substitutability: 0.2, strategy: 'unnga' }),
    actor('statsforvalter', { importance: 0.7, substitutability: 0.8 }),
    actor('ngo', { importance: 0.1, substitutability: 0.9, strategy: 'unnga' }),
  ]

  it('counts actors per category', () => {
    expect(categoryCounts(actors)).toEqual({ viktig: 2, moderat: 2, lav: 1 })
  })

  it('finds only important, irreplaceable actors who avoid or go alone', () => {
    expect(blockingActors(actors)).toEqual(['vendor'])
    expect(
      canBlock(actor('edge', { importance: 0.5, substitutability: 0.49, strategy: 'unnga' })),
    ).toBe(true)
    expect(
      canBlock(actor('edge', { importance: 0.5, substitutability: 0.5, strategy: 'unnga' })),
    ).toBe(false)
  })

  it('finds actors with no relation in either direction', () => {
    const relations: Relation[] = [
      {
        id: 'r',
        source: 'ks',
        target: 'vendor',
        type: 'collaboration',
        label: '',
        strength: 0.5,
        trust: 0.5,
      },
      {
        id: 's',
        source: 'ngo',
        target: 'ks',
        type: 'information',
        label: '',
        strength: 0.5,
        trust: 0.5,
      },
    ]
    expect(actorsWithoutRelations(actors, relations)).toEqual(['bfd', 'statsforvalter'])
  })
})
