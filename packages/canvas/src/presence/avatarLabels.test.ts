import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { avatarLabels } from './avatarLabels'

describe('avatarLabels', () => {
  it('shows initials, and a letter more where two people share them', () => {
    const labels = avatarLabels([
      { clientId: 1, name: 'Kari Nordmann' },
      { clientId: 2, name: 'Knut Nilsen' },
      { clientId: 3, name: 'Anonym rev' },
      { clientId: 4, name: 'Ola' },
    ])
    expect([...labels.values()]).toEqual(['KN', 'KNi', 'AR', 'Ol'])
  })

  it('numbers people with the same name, and the earlier arrival keeps the short text', () => {
    const labels = avatarLabels([
      { clientId: 9, name: 'Kari' },
      { clientId: 3, name: 'Kari' },
      { clientId: 5, name: 'Kari' },
    ])
    expect(labels.get(3)).toBe('Ka')
    expect(labels.get(5)).toBe('Kar')
    expect(labels.get(9)).toBe('Ka2')
  })

  it('never gives two people the same avatar', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ clientId: fc.nat(), name: fc.string({ maxLength: 12 }) }), {
          selector: (p) => p.clientId,
          maxLength: 40,
        }),
        (people) => {
          const labels = [...avatarLabels(people).values()]
          expect(new Set(labels).size).toBe(people.length)
        },
      ),
    )
  })
})
