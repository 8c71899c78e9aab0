import { en, nb } from '@samkart/i18n'
import { BOARD_TEMPLATES } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { TEMPLATE_GROUPS, TEMPLATE_TEXT } from './templateText'

describe('TEMPLATE_TEXT', () => {
  it('names every template the model offers, and nothing else', () => {
    expect(Object.keys(TEMPLATE_TEXT).sort()).toEqual(['', ...Object.keys(BOARD_TEMPLATES)].sort())
  })

  it('offers each template in exactly one group', () => {
    const ids = TEMPLATE_GROUPS.flatMap((g) => g.ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('has a name and a description in both languages for every template and group', () => {
    const keys = [
      ...Object.values(TEMPLATE_TEXT).flatMap((x) => [x.title, x.description]),
      ...TEMPLATE_GROUPS.flatMap((g) => (g.legend ? [g.legend] : [])),
    ]
    for (const key of keys) {
      expect(nb[key as keyof typeof nb], key).toBeTruthy()
      expect(en[key as keyof typeof en], key).toBeTruthy()
    }
  })
})
