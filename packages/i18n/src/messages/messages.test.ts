import { describe, expect, it } from 'vitest'
import { placeholders } from '../translate'
import { en } from './en'
import { nb } from './nb'
import { nn } from './nn'

const translations = { nn, en }

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
})
