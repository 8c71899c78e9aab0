import { describe, expect, it } from 'vitest'
import { laneName } from './laneName'
import { createTranslator } from './translate'

describe('laneName', () => {
  it('uses the title, else the built-in name in the reader’s language', () => {
    const nb = createTranslator('nb')
    const en = createTranslator('en')
    expect(laneName({ kind: 'touchpoint', field: 'pain', title: '' }, nb)).toBe('Smertepunkter')
    expect(laneName({ kind: 'touchpoint', field: 'pain', title: '' }, en)).toBe('Pain points')
    expect(laneName({ kind: 'emotion', field: '', title: '' }, nn())).toBe('Kjensler')
    expect(laneName({ kind: 'divider', field: '', title: 'Synlighetslinje' }, en)).toBe(
      'Synlighetslinje',
    )
    expect(laneName({ kind: 'items', field: '', title: ' ' }, nb)).toBe('Muligheter')
  })
})

const nn = () => createTranslator('nn')
