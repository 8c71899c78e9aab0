import { type Actor, NAME_MAX, actorSpec } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { COPY_OFFSET, duplicateInput } from './duplicateActor'

const actor = (over: Partial<Actor> = {}): Actor => ({
  ...actorSpec.defaults,
  id: 'a1',
  name: 'NAV',
  ...over,
})
const copyOf = (name: string) => `Kopi av ${name}`

describe('duplicateInput', () => {
  it('copies every field, renames and clears the organisation number', () => {
    const input = duplicateInput(
      actor({ orgNumber: '974760673', notes: 'viktig', level: 'stat', powerFormal: true }),
      copyOf,
    )
    expect(input).toMatchObject({
      name: 'Kopi av NAV',
      orgNumber: '',
      notes: 'viktig',
      level: 'stat',
      powerFormal: true,
    })
    expect(input).not.toHaveProperty('id')
  })

  it('nudges the copy so it does not hide the original, staying inside the matrix', () => {
    expect(duplicateInput(actor({ importance: 0.5, substitutability: 0.5 }), copyOf)).toMatchObject(
      { importance: 0.5 - COPY_OFFSET, substitutability: 0.5 - COPY_OFFSET },
    )
    expect(duplicateInput(actor({ importance: 0, substitutability: 0.01 }), copyOf)).toMatchObject({
      importance: COPY_OFFSET,
      substitutability: 0.01 + COPY_OFFSET,
    })
  })

  it('keeps the name within the model limit', () => {
    const input = duplicateInput(actor({ name: 'x'.repeat(NAME_MAX) }), copyOf)
    expect(input.name).toHaveLength(NAME_MAX)
  })
})
