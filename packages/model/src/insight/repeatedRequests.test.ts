import { describe, expect, it } from 'vitest'
import type { Phase } from '../entities/Phase'
import { type Touchpoint, touchpointSpec } from '../entities/Touchpoint'
import { analyseJourney } from './coordination'
import { repeatedRequests } from './repeatedRequests'

const phase = (id: string, order: string): Phase => ({ id, journeyId: 'j', title: id, order })
const tp = (
  id: string,
  phaseId: string,
  order: string,
  responsible: string[],
  asksFor: string[],
): Touchpoint => ({
  ...touchpointSpec.defaults,
  id,
  journeyId: 'j',
  phaseId,
  order,
  title: id,
  responsible,
  asksFor,
})
const all = () => true

describe('repeated information requests', () => {
  const phases = [phase('hospital', 'M'), phase('contact', 'C')]
  const touchpoints = [
    // Diagnose: kommune, hf, nav (twice) → 4 requests, 3 agencies, 3 extra.
    tp('gp', 'contact', 'C', ['kommune'], ['diagnose', 'adresse']),
    tp('referral', 'contact', 'M', ['kommune', 'hf'], ['diagnose']),
    tp('pleiepenger', 'hospital', 'C', ['nav'], ['diagnose', 'inntekt']),
    tp('grunnstonad', 'hospital', 'M', ['nav'], ['diagnose', 'inntekt']),
    // Inntekt: NAV twice is one agency: not counted. Adresse: the ownerless touchpoint is no request.
    tp('coordinator', 'hospital', 'T', [], ['adresse', 'samtykke']),
    // Samtykke: one touchpoint owned by two agencies: the family answers once.
    tp('ip', 'hospital', 'V', ['kommune', 'nav'], ['samtykke']),
  ]
  const result = analyseJourney(phases, touchpoints, all)

  it('counts an item asked for by touchpoints of more than one agency, with the requests beyond the first', () => {
    expect(result.repeatedRequests).toEqual([
      {
        infoItemId: 'diagnose',
        touchpoints: ['gp', 'referral', 'pleiepenger', 'grunnstonad'],
        agencies: ['hf', 'kommune', 'nav'],
        extra: 3,
      },
    ])
    expect(result.extraRequests).toBe(3)
  })

  it('keeps the manual «same information again» figure separate', () => {
    expect(result.repeatedInformation).toEqual([])
  })

  it('ignores deleted owners and deleted info items', () => {
    const r = analyseJourney(
      [phase('p', 'C')],
      [
        tp('a', 'p', 'C', ['nav'], ['x', 'gone']),
        tp('b', 'p', 'M', ['ghost', 'nav'], ['x', 'gone']),
        tp('c', 'p', 'T', ['hf'], ['gone']),
      ],
      (id) => id !== 'ghost',
      (id) => id !== 'gone',
    )
    // x: NAV and NAV (the ghost is no owner) → one agency; gone: ignored though three agencies ask.
    expect(r.repeatedRequests).toEqual([])
    expect(r.extraRequests).toBe(0)
  })

  it('orders by extra requests, then by where the item is first asked for', () => {
    const owners = new Map([
      ['a', ['kommune']],
      ['b', ['nav']],
      ['c', ['hf']],
    ])
    const seq = [
      { id: 'a', asksFor: ['inntekt', 'diagnose'] },
      { id: 'b', asksFor: ['samtykke', 'inntekt', 'diagnose'] },
      { id: 'c', asksFor: ['samtykke', 'diagnose'] },
    ]
    expect(repeatedRequests(seq, owners, all).map((r) => [r.infoItemId, r.extra])).toEqual([
      ['diagnose', 2],
      ['inntekt', 1],
      ['samtykke', 1],
    ])
  })

  it('is empty for a journey where nothing is asked for', () => {
    const r = analyseJourney([phase('p', 'C')], [tp('a', 'p', 'C', ['nav'], [])], all)
    expect(r).toMatchObject({ repeatedRequests: [], extraRequests: 0 })
  })

  it('gives the figures of the example in docs/coordination-analysis.md', () => {
    const r = analyseJourney(
      [phase('kontakt', 'C'), phase('sykehus', 'M')],
      [
        tp('fastlege', 'kontakt', 'C', ['kommunen'], ['adresse']),
        tp('henvisning', 'kontakt', 'M', ['kommunen', 'hf'], []),
        tp('diagnose', 'sykehus', 'C', ['hf'], ['adresse', 'samtykke']),
        tp('pleiepenger', 'sykehus', 'M', ['nav'], ['diagnose', 'inntekt']),
        tp('opplaeringspenger', 'sykehus', 'T', ['nav'], ['diagnose', 'inntekt']),
      ],
      all,
    )
    expect(r.handovers).toBe(3)
    expect(r.repeatedRequests).toEqual([
      {
        infoItemId: 'adresse',
        touchpoints: ['fastlege', 'diagnose'],
        agencies: ['hf', 'kommunen'],
        extra: 1,
      },
    ])
    expect(r.extraRequests).toBe(1)
  })
})
