import { describe, expect, it } from 'vitest'
import { initialRelationValues, parsePercentText, toPercentText } from './relationForm'

describe('relation form values', () => {
  it('parses percentages written the Norwegian or the English way', () => {
    expect(parsePercentText('40')).toBe(0.4)
    expect(parsePercentText(' 40 % ')).toBe(0.4)
    expect(parsePercentText('40,5')).toBe(0.405)
    expect(parsePercentText('0')).toBe(0)
    expect(parsePercentText('100')).toBe(1)
  })

  it('refuses what is not a percentage', () => {
    for (const text of ['', 'mye', '-5', '101', '1e2']) expect(parsePercentText(text)).toBeNull()
  })

  it('starts a new relation from the given actor with the model defaults', () => {
    expect(initialRelationValues(undefined, 'a')).toEqual({
      source: 'a',
      target: '',
      type: 'collaboration',
      label: '',
      strength: '50',
      trust: '50',
    })
    expect(initialRelationValues(undefined, 'a', 'b')).toMatchObject({ source: 'a', target: 'b' })
    expect(toPercentText(0.333)).toBe('33')
  })
})
