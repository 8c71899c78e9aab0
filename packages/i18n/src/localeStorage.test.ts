import { describe, expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY, readStoredLocale, storeLocale } from './localeStorage'

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  }
}

describe('locale storage', () => {
  it('remembers a chosen locale', () => {
    const store = memoryStore()
    storeLocale(store, 'en')
    expect(readStoredLocale(store)).toBe('en')
  })

  it('falls back to bokmål for missing, unknown or unreadable values', () => {
    expect(readStoredLocale(undefined)).toBe('nb')
    expect(readStoredLocale(memoryStore({ [LOCALE_STORAGE_KEY]: 'xx' }))).toBe('nb')
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(readStoredLocale(broken)).toBe('nb')
    expect(() => storeLocale(broken, 'en')).not.toThrow()
  })

  it('without a choice, follows the browser to nynorsk or bokmål; bokmål for anything else', () => {
    expect(readStoredLocale(memoryStore(), ['nn-NO', 'nb'])).toBe('nn')
    expect(readStoredLocale(memoryStore(), ['en-US', 'nn'])).toBe('nn')
    expect(readStoredLocale(memoryStore(), ['no'])).toBe('nb')
    expect(readStoredLocale(memoryStore(), ['nb-NO', 'nn-NO'])).toBe('nb')
    // English only when chosen in Samkart: an English operating system is common here.
    expect(readStoredLocale(memoryStore(), ['de-DE', 'en-US'])).toBe('nb')
    expect(readStoredLocale(memoryStore(), ['sv-SE'])).toBe('nb')
    // A choice made in Samkart wins over the browser.
    expect(readStoredLocale(memoryStore({ [LOCALE_STORAGE_KEY]: 'nb' }), ['nn'])).toBe('nb')
  })
})
