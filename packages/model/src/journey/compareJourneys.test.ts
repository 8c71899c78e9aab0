import { describe, expect, it } from 'vitest'
import type { Phase } from '../entities/Phase'
import { type Touchpoint, touchpointSpec } from '../entities/Touchpoint'
import { compareJourneys } from './compareJourneys'
import { matchPhases } from './matchPhases'

const phase = (id: string, title: string, order: string): Phase => ({
  id,
  journeyId: id[0]!,
  title,
  order,
})
const tp = (
  id: string,
  phaseId: string,
  order: string,
  responsible: string[],
  extra: Partial<Touchpoint> = {},
): Touchpoint => ({
  ...touchpointSpec.defaults,
  id,
  journeyId: phaseId[0]!,
  phaseId,
  order,
  title: id.slice(1),
  responsible,
  ...extra,
})

describe('matchPhases', () => {
  const a = [phase('a1', 'Før', 'A'), phase('a2', 'Søknad', 'B'), phase('a3', 'Etter', 'C')]

  it('pairs by normalised title, then the rest by position', () => {
    const b = [phase('b1', '  ETTER ', 'A'), phase('b2', 'før', 'B'), phase('b3', 'Vedtak', 'C')]
    expect(matchPhases(a, b).map(([x, y]) => [x?.id ?? null, y?.id ?? null])).toEqual([
      ['a1', 'b2'],
      ['a2', 'b3'],
      ['a3', 'b1'],
    ])
  })

  it('puts a phase only in the to-be after the pair of the to-be phase before it', () => {
    const b = [
      phase('b0', 'Ny start', 'A'),
      phase('b1', 'Før', 'B'),
      phase('b2', 'Søknad', 'C'),
      phase('b3', 'Etter', 'D'),
      phase('b4', 'Oppfølging', 'E'),
    ]
    // Two phases left over on the to-be side, none on the as-is side: both stand alone.
    expect(matchPhases(a, b).map(([x, y]) => [x?.id ?? null, y?.id ?? null])).toEqual([
      [null, 'b0'],
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['a3', 'b3'],
      [null, 'b4'],
    ])
  })

  it('leaves an as-is phase alone when the to-be has none left', () => {
    const b = [phase('b1', 'Før', 'A')]
    expect(matchPhases(a, b).map(([x, y]) => [x?.id ?? null, y?.id ?? null])).toEqual([
      ['a1', 'b1'],
      ['a2', null],
      ['a3', null],
    ])
  })
})

describe('compareJourneys', () => {
  const asIs = {
    phases: [phase('a1', 'Kontakt', 'A'), phase('a2', 'Søknader', 'B')],
    touchpoints: [
      tp('aFastlege', 'a1', 'A', ['kommune']),
      tp('aLegevakt', 'a1', 'B', ['kommune'], { painType: 'repeated-information' }),
      tp('aPleiepenger', 'a2', 'A', ['nav']),
      tp('aHjelpestønad', 'a2', 'B', ['nav'], { painType: 'repeated-information' }),
      tp('aSkole', 'a2', 'C', ['skole']),
      tp('aUkjent', 'a2', 'D', []),
    ],
  }
  const toBe = {
    phases: [phase('b1', 'Kontakt', 'A'), phase('b2', 'Søknader', 'B'), phase('b3', 'Ny', 'C')],
    touchpoints: [
      tp('bFastlege', 'b1', 'A', ['kommune']),
      tp('bPleiepenger', 'b2', 'A', ['nav']),
      tp('bSkole', 'b2', 'B', ['kommune']),
      tp('bOversikt', 'b3', 'A', ['digdir']),
    ],
  }
  const result = compareJourneys(asIs, toBe, () => true)

  it('gives each side its figures per phase and in total', () => {
    expect(result.rows.map((r) => [r.asIs?.id ?? null, r.toBe?.id ?? null])).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
      [null, 'b3'],
    ])
    expect(result.rows[1]!.asIsFigures!.counts).toEqual({
      touchpoints: 4,
      agencies: 2,
      handovers: 2, // kommune → nav, nav → skole; the ownerless one is a gap
      withoutOwner: 1,
      repeatedInformation: 1,
      repeatedRequests: 0,
    })
    expect(result.rows[1]!.toBeFigures!.agencyIds).toEqual(['kommune', 'nav'])
    expect(result.asIsTotal.counts).toEqual({
      touchpoints: 6,
      agencies: 3,
      handovers: 2,
      withoutOwner: 1,
      repeatedInformation: 2,
      repeatedRequests: 0,
    })
    expect(result.toBeTotal.counts).toEqual({
      touchpoints: 4,
      agencies: 3,
      handovers: 3,
      withoutOwner: 0,
      repeatedInformation: 0,
      repeatedRequests: 0,
    })
    expect(result.rows[2]!.asIsFigures).toBeNull()
  })

  it('lists the differences of each row', () => {
    expect(result.rows[0]!.differences).toEqual([
      { kind: 'figure', figure: 'touchpoints', asIs: 2, toBe: 1, change: -1 },
      { kind: 'figure', figure: 'repeatedInformation', asIs: 1, toBe: 0, change: -1 },
      { kind: 'touchpoint', title: 'Legevakt', side: 'as-is' },
    ])
    expect(result.rows[1]!.differences).toContainEqual({
      kind: 'owners',
      title: 'Skole',
      asIs: ['skole'],
      toBe: ['kommune'],
    })
    expect(result.rows[1]!.differences).toContainEqual({
      kind: 'agency',
      actorId: 'skole',
      side: 'as-is',
    })
    expect(result.rows[2]!.differences).toEqual([
      { kind: 'phase-only', side: 'to-be' },
      { kind: 'figure', figure: 'touchpoints', asIs: 0, toBe: 1, change: 1 },
      { kind: 'figure', figure: 'agencies', asIs: 0, toBe: 1, change: 1 },
      { kind: 'figure', figure: 'handovers', asIs: 0, toBe: 1, change: 1 },
    ])
  })

  it('sums up the differences over the whole journeys', () => {
    expect(result.differences).toEqual([
      { kind: 'figure', figure: 'touchpoints', asIs: 6, toBe: 4, change: -2 },
      { kind: 'figure', figure: 'handovers', asIs: 2, toBe: 3, change: 1 },
      { kind: 'figure', figure: 'withoutOwner', asIs: 1, toBe: 0, change: -1 },
      { kind: 'figure', figure: 'repeatedInformation', asIs: 2, toBe: 0, change: -2 },
      { kind: 'agency', actorId: 'skole', side: 'as-is' },
      { kind: 'agency', actorId: 'digdir', side: 'to-be' },
    ])
  })

  it('does not count a deleted owner as an agency or an owner change', () => {
    const ghostly = {
      phases: toBe.phases,
      touchpoints: toBe.touchpoints.map((t) =>
        t.id === 'bFastlege' ? { ...t, responsible: ['kommune', 'ghost'] } : t,
      ),
    }
    const again = compareJourneys(toBe, ghostly, (id) => id !== 'ghost')
    expect(again.rows.every((r) => r.differences.length === 0)).toBe(true)
    expect(again.differences).toEqual([])
  })

  it('counts information given again per phase, adding up to the journey’s extra requests', () => {
    // The family gives its diagnosis to kommune (a1), NAV (a2) and skole (a2): two requests
    // beyond the first, credited to the phase of each repeat. In the to-be, NAV alone asks.
    const asking = {
      phases: asIs.phases,
      touchpoints: asIs.touchpoints.map((t) =>
        ['aFastlege', 'aPleiepenger', 'aSkole'].includes(t.id)
          ? { ...t, asksFor: ['diagnose'] }
          : t,
      ),
    }
    const once = {
      phases: toBe.phases,
      touchpoints: toBe.touchpoints.map((t) =>
        t.id === 'bPleiepenger' ? { ...t, asksFor: ['diagnose'] } : t,
      ),
    }
    const counted = compareJourneys(asking, once, () => true)
    const requests = (figures: { counts: { repeatedRequests: number } } | null) =>
      figures?.counts.repeatedRequests ?? null
    expect(counted.rows.map((r) => requests(r.asIsFigures))).toEqual([0, 2, null])
    expect(requests(counted.asIsTotal)).toBe(2)
    expect(requests(counted.toBeTotal)).toBe(0)
    expect(counted.differences).toContainEqual({
      kind: 'figure',
      figure: 'repeatedRequests',
      asIs: 2,
      toBe: 0,
      change: -2,
    })
    // A deleted info item asks for nothing.
    expect(
      requests(
        compareJourneys(
          asking,
          once,
          () => true,
          (id) => id !== 'diagnose',
        ).asIsTotal,
      ),
    ).toBe(0)
  })
})
