import { BOARD_TEMPLATES } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { TEMPLATE_TEXT } from './templateText'

describe('TEMPLATE_TEXT', () => {
  it('names every template the model offers, and nothing else', () => {
    expect(Object.keys(TEMPLATE_TEXT).sort()).toEqual(['', ...Object.keys(BOARD_TEMPLATES)].sort())
  })
})
