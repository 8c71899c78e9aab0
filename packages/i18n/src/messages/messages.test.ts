import { describe, expect, it } from 'vitest'
import { placeholders } from '../translate'
import { en } from './en'
import { nb } from './nb'

describe('message catalogues', () => {
  it('en has exactly the keys of nb', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort())
  })

  it('every translation uses the same placeholders as the bokmål source', () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(nb[key]),
      })
    }
  })

  it('has no empty messages', () => {
    for (const catalogue of [nb, en])
      for (const [key, text] of Object.entries(catalogue))
        expect({ key, text }).not.toEqual({ key, text: '' })
  })
})
