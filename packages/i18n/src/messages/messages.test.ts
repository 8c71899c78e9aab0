import { describe, expect, it } from 'vitest'
import { placeholders } from '../translate'
import { en } from './en'
import { nb } from './nb'
import { nn } from './nn'

const translations = { nn, en }

/** An area's module: its one export, the area's messages. */
type Area = Record<string, Record<string, string>>

declare global {
  interface ImportMeta {
    /** Vite's module glob, which Vitest runs (typed in vite/client; this package has no Vite). */
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>
  }
}

describe('message catalogues', () => {
  for (const [name, catalogue] of Object.entries(translations)) {
    it(`${name} has exactly the keys of nb`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(nb).sort())
    })

    it(`every ${name} message uses the same placeholders as the bokmål source`, () => {
      for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
        expect({ key, placeholders: placeholders(catalogue[key]) }).toEqual({
          key,
          placeholders: placeholders(nb[key]),
        })
      }
    })
  }

  it('has no empty messages', () => {
    for (const catalogue of [nb, nn, en])
      for (const [key, text] of Object.entries(catalogue))
        expect({ key, text }).not.toEqual({ key, text: '' })
  })

  // The areas are spread into one catalogue: a key defined in two areas would silently take
  // the later area's text, so each key has one home.
  const areas = {
    nb: import.meta.glob<Area>('./nb/*.ts', { eager: true }),
    nn: import.meta.glob<Area>('./nn/*.ts', { eager: true }),
    en: import.meta.glob<Area>('./en/*.ts', { eager: true }),
  }
  for (const [locale, modules] of Object.entries(areas))
    it(`no key of ${locale} is defined in two areas`, () => {
      expect(Object.keys(modules).length).toBeGreaterThan(10)
      const home = new Map<string, string>()
      const twice: string[] = []
      for (const [file, area] of Object.entries(modules))
        for (const messages of Object.values(area))
          for (const key of Object.keys(messages)) {
            const first = home.get(key)
            if (first) twice.push(`${key}: ${first} and ${file}`)
            else home.set(key, file)
          }
      expect(twice).toEqual([])
    })
})
