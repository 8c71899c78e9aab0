import { describe, expect, it } from 'vitest'
import { createTranslator, interpolate, isLocale, isMessageKey, placeholders } from './translate'

describe('translate', () => {
  it('defaults to bokmål text and switches to English', () => {
    expect(createTranslator('nb')('actor.add')).toBe('Legg til aktør')
    expect(createTranslator('en')('actor.add')).toBe('Add actor')
  })

  it('speaks nynorsk, with nynorsk plural forms', () => {
    const nn = createTranslator('nn')
    expect(nn('board.nav.journeys')).toBe('Brukarreiser')
    expect(nn('import.table.done', { count: 1 })).toBe('Importerte 1 rad.')
    expect(nn('import.table.done', { count: 3 })).toBe('Importerte 3 rader.')
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} og {b}', { a: 1, b: 'to' })).toBe('1 og to')
    expect(interpolate('hei {name}')).toBe('hei {name}')
  })

  it('lists placeholders sorted', () => {
    expect(placeholders('{max} {field}')).toEqual(['field', 'max'])
  })

  it('recognises locales and message keys', () => {
    expect(isLocale('nb')).toBe(true)
    expect(isLocale('nn')).toBe(true)
    expect(isLocale('se')).toBe(false)
    expect(isMessageKey('actor.add')).toBe(true)
    expect(isMessageKey('toString')).toBe(false)
  })
})
