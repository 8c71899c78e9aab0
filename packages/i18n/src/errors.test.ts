import { describe, expect, it } from 'vitest'
import { ERROR_CODES, translateError } from './errors'
import { createTranslator } from './translate'

const nb = createTranslator('nb')
const en = createTranslator('en')

describe('translateError', () => {
  it('prefers a message written for the entity and field', () => {
    const error = { code: 'required', entity: 'actor', field: 'name' }
    expect(translateError(nb, error)).toBe('Skriv inn navnet på aktøren.')
    expect(translateError(en, error)).toBe('Enter the name of the actor.')
  })

  it('fills the general message with the translated field name and params', () => {
    const error = { code: 'too_long', entity: 'actor', field: 'name', params: { max: 120 } }
    expect(translateError(nb, error)).toBe('Navnet kan ikke være lengre enn 120 tegn.')
    expect(translateError(en, error)).toBe('The name cannot be longer than 120 characters.')
  })

  it('falls back to a generic field name and a generic message', () => {
    expect(translateError(nb, { code: 'required', entity: 'actor', field: 'joined' })).toBe(
      'Feltet må fylles ut.',
    )
    expect(translateError(en, { code: 'teapot' })).toBe('Something went wrong. Please try again.')
  })

  it('has a message for every listed code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(translateError(nb, { code })).not.toBe(nb('error.generic'))
      expect(translateError(en, { code })).not.toBe(en('error.generic'))
    }
  })
})
