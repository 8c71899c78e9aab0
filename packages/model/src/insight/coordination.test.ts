import { describe, expect, it } from 'vitest'
import type { Phase } from '../entities/Phase'
import { type Touchpoint, touchpointSpec } from '../entities/Touchpoint'
import { analyseJourney } from './coordination'

const phase = (id: string, order: string): Phase => ({ id, journeyId: 'j', title: id, order })
const tp = (
  id: string,
  phaseId: string,
  order: string,
  responsible: string[],
  extra: Partial<Touchpoint> = {},
): Touchpoint => ({
  ...touchpointSpec.defaults,
  id,
  journeyId: 'j',
  phaseId,
  order,
  title: id,
  responsible,
  ...extra,
})

describe('analyseJourney', () => {
  // Three phases, given out of order; touchpoints out of order within phases.
  const phases = [phase('hospital', 'M'), phase('contact', 'C'), phase('home', 'T')]
  const touchpoints = [
    tp('referral', 'contact', 'M', ['kommune', 'hf']),
    tp('gp', 'contact', 'C', ['kommune']),
    tp('diagnosis', 'hospital', 'C', ['hf']),
    tp('pleiepenger', 'hospital', 'M', ['nav'], { painType: 'repeated-information' }),
    tp('opplaeringspenger', 'hospital', 'T', ['nav']),
    tp('coordinator', 'home', 'C', []),
    tp('grunnstonad', 'home', 'M', ['nav', 'ghost'], { painType: 'repeated-information' }),
    tp('ip', 'home', 'T', ['kommune']),
  ]
  const exists = (id: string) => id !== 'ghost'
  const result = analyseJourney(phases, touchpoints, exists)

  it('orders touchpoints by phase, then by their order within the phase', () => {
    expect(result.sequence).toEqual([
      'gp',
      'referral',
      'diagnosis',
      'pleiepenger',
      'opplaeringspenger',
      'coordinator',
      'grunnstonad',
      'ip',
    ])
  })

  it('counts distinct agencies in total and per phase, leaving deleted actors out', () => {
    expect(result.agencies).toEqual(['hf', 'kommune', 'nav'])
    expect(result.phases.map((p) => [p.phaseId, p.agencies])).toEqual([
      ['contact', ['hf', 'kommune']],
      ['hospital', ['hf', 'nav']],
      ['home', ['kommune', 'nav']],
    ])
  })

  it('counts a hand-over wherever the owner set changes, not across a gap', () => {
    // gp{k} → referral{k,hf}: 1 (contact) · referral → diagnosis{hf}: 1 (hospital)
    // diagnosis → pleiepenger{nav}: 1 (hospital) · pleiepenger → opplæringspenger{nav}: 0
    // opplæringspenger → coordinator{}: gap · grunnstønad{nav} (ghost dropped) → ip{k}: 1 (home)
    expect(result.phases.map((p) => p.handovers)).toEqual([1, 2, 1])
    expect(result.handovers).toBe(4)
  })

  it('lists touchpoints without owner, with a deleted owner, and asking for the same information', () => {
    expect(result.withoutOwner).toEqual(['coordinator'])
    expect(result.deletedOwner).toEqual(['grunnstonad'])
    expect(result.repeatedInformation).toEqual(['pleiepenger', 'grunnstonad'])
  })

  it('treats owner sets as sets: the same agencies in another order are no hand-over', () => {
    const r = analyseJourney(
      [phase('p', 'V')],
      [tp('a', 'p', 'A', ['x', 'y']), tp('b', 'p', 'B', ['y', 'x'])],
      () => true,
    )
    expect(r.handovers).toBe(0)
  })

  it('leaves out touchpoints of a phase that no longer exists', () => {
    const r = analyseJourney(
      [phase('p', 'V')],
      [tp('a', 'p', 'A', ['x']), tp('b', 'gone', 'B', ['y'])],
      () => true,
    )
    expect(r.sequence).toEqual(['a'])
    expect(r.agencies).toEqual(['x'])
  })
})
