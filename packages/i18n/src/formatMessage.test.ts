import { describe, expect, it } from 'vitest'
import { messageLocale, messageParams, parseMessage, renderMessage } from './formatMessage'

const nb = messageLocale('nb-NO')
const render = (source: string, params = {}) => renderMessage(parseMessage(source), params, nb)

describe('formatMessage', () => {
  it('fills placeholders and keeps a missing one visible', () => {
    expect(render('Hei, {name}!', { name: 'Kari' })).toBe('Hei, Kari!')
    expect(render('Hei, {name}!')).toBe('Hei, {name}!')
  })

  it('picks the plural form by the language’s rules, with # as the number', () => {
    const message = '{count, plural, =0 {ingen aktører} one {# aktør} other {# aktører}}'
    expect(render(message, { count: 0 })).toBe('ingen aktører')
    expect(render(message, { count: 1 })).toBe('1 aktør')
    expect(render(message, { count: 2 })).toBe('2 aktører')
    // Numbers are written the Norwegian way.
    expect(render(message, { count: 12000 })).toBe('12\u00a0000 aktører')
  })

  it('allows placeholders inside a branch and text around the choice', () => {
    const message = '{name} eier {count, plural, one {ett kontaktpunkt} other {# kontaktpunkter}}.'
    expect(render(message, { name: 'NAV', count: 1 })).toBe('NAV eier ett kontaktpunkt.')
    expect(messageParams(parseMessage(message))).toEqual(['count', 'name'])
  })

  it('keeps text that is no placeholder, and falls back to other for a non-number', () => {
    expect(render('Klammer { og } står')).toBe('Klammer { og } står')
    expect(render('{count, plural, one {#} other {mange}}', { count: 'x' })).toBe('mange')
  })
})
