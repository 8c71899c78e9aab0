import { createTranslator } from '@samkart/i18n'
import { describe, expect, it } from 'vitest'
import { differenceText } from './differenceText'

const t = createTranslator('nb')
const name = (id: string) => (id === 'nav' ? 'NAV' : 'Kommunen')

describe('differenceText', () => {
  it('says in words whether a figure lightens or adds to the burden', () => {
    expect(
      differenceText(
        { kind: 'figure', figure: 'handovers', asIs: 11, toBe: 8, change: -3 },
        t,
        name,
      ),
    ).toEqual({ text: 'Overleveringer: 11 → 8 (3 færre, bedre)', tone: 'better' })
    expect(
      differenceText({ kind: 'figure', figure: 'agencies', asIs: 1, toBe: 2, change: 1 }, t, name),
    ).toEqual({ text: 'Virksomheter: 1 → 2 (1 flere, verre)', tone: 'worse' })
  })

  it('keeps the touchpoint count neutral: a to-be may rightly add one', () => {
    expect(
      differenceText(
        { kind: 'figure', figure: 'touchpoints', asIs: 3, toBe: 2, change: -1 },
        t,
        name,
      ),
    ).toEqual({ text: 'Kontaktpunkter: 3 → 2 (1 færre)', tone: 'neutral' })
  })

  it('names agencies and owners', () => {
    expect(differenceText({ kind: 'agency', actorId: 'nav', side: 'as-is' }, t, name)).toEqual({
      text: 'Ikke lenger med: NAV',
      tone: 'better',
    })
    expect(
      differenceText({ kind: 'owners', title: 'Søknad', asIs: ['nav'], toBe: [] }, t, name).text,
    ).toBe('«Søknad»: ansvarlig NAV → ingen ansvarlig')
  })
})
