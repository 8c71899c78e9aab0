import { describe, expect, it } from 'vitest'
import { entityExists, readEntities } from '../doc/entityStore'
import { validateBoard } from '../doc/validateBoard'
import { analyseJourney } from '../insight/coordination'
import { compareJourneys } from '../journey/compareJourneys'
import { readActors } from '../ops/actorOps'
import { readJourneys, readPhases, readTouchpoints } from '../ops/journeyOps'
import { newBoard } from '../test/docs'
import { alvorligSyktBarnTemplate } from './alvorligSyktBarn'
import { alvorligSyktBarnActorsTemplate } from './alvorligSyktBarnActors'
import { applyTemplate } from './applyTemplate'

function board() {
  const doc = newBoard()
  const applied = applyTemplate(doc, alvorligSyktBarnTemplate)
  if (!applied.ok) throw new Error(applied.error.message)
  const keyOf = new Map(Object.entries(applied.value).map(([key, id]) => [id, key]))
  const journey = readJourneys(doc)[0]!
  const phases = readPhases(doc, journey.id)
  const touchpoints = phases.flatMap((p) => readTouchpoints(doc, p.id))
  return { doc, keyOf, journey, phases, touchpoints }
}

describe('the «Alvorlig sykt barn» template', () => {
  it('shares its actors with the actor-only template', () => {
    expect(alvorligSyktBarnTemplate.actors).toBe(alvorligSyktBarnActorsTemplate.actors)
    expect(alvorligSyktBarnTemplate.relations).toBe(alvorligSyktBarnActorsTemplate.relations)
  })

  it('builds a valid as-is journey with its phases and touchpoints in order', () => {
    const { doc, journey, phases, touchpoints } = board()
    expect(validateBoard(doc)).toEqual([])
    expect(readJourneys(doc)).toHaveLength(2)
    expect(journey.title).toBe('Alvorlig sykt barn')
    expect(journey.stage).toBe('as-is')
    expect(phases.map((p) => p.title)).toEqual([
      'Kontakt og utredning',
      'Sykehus og diagnose',
      'Hjem og ny hverdag',
      'Barnehage og skole',
      'Langvarig oppfølging',
    ])
    expect(touchpoints).toHaveLength(18)
    expect(readEntities(doc, 'touchpoint').filter((t) => t.journeyId === journey.id)).toHaveLength(
      18,
    )
    expect(touchpoints.slice(0, 3).map((t) => t.title)).toEqual([
      'Helsestasjon eller fastlege',
      'Legevakt',
      'Henvisning til spesialisthelsetjenesten',
    ])
    expect(touchpoints.find((t) => t.title === 'Søke pleiepenger')?.legalBasis).toBe(
      'folketrygdloven § 9-10',
    )
  })

  it('links every touchpoint of both journeys to at least one existing actor', () => {
    const { doc } = board()
    const touchpoints = readEntities(doc, 'touchpoint')
    const actorIds = new Set(readActors(doc).map((a) => a.id))
    for (const tp of touchpoints) {
      expect(tp.responsible.length, tp.title).toBeGreaterThan(0)
      for (const id of tp.responsible) expect(actorIds.has(id), tp.title).toBe(true)
    }
  })

  it('gives the coordination figures worked out by hand', () => {
    const { doc, keyOf, phases, touchpoints } = board()
    const result = analyseJourney(phases, touchpoints, (id) => entityExists(doc, 'actor', id))
    const keys = (ids: readonly string[]) => ids.map((id) => keyOf.get(id)).sort()
    // Owners along the journey:
    // Kontakt: kommune, kommune, kommune+hf                    → 1 hand-over, 2 agencies
    // Sykehus: hf, nav, nav                                    → 2 hand-overs, 2 agencies
    // Hjem: nav, nav, nav, kommune, kommune                    → 1 hand-over, 2 agencies
    // Skole: skole, skole+statped, kommune+udir                → 3 hand-overs, 4 agencies
    // Oppfølging: kommune, hod, lovemamma, digdir              → 4 hand-overs, 4 agencies
    expect(result.handovers).toBe(11)
    expect(result.phases.map((p) => p.handovers)).toEqual([1, 2, 1, 3, 4])
    expect(result.agencies).toHaveLength(9)
    expect(keys(result.agencies)).toEqual(
      ['digdir', 'hf', 'hod', 'kommune', 'lovemamma', 'nav', 'skole', 'statped', 'udir'].sort(),
    )
    expect(result.phases.map((p) => keys(p.agencies))).toEqual([
      ['hf', 'kommune'],
      ['hf', 'nav'],
      ['kommune', 'nav'],
      ['kommune', 'skole', 'statped', 'udir'],
      ['digdir', 'hod', 'kommune', 'lovemamma'],
    ])
    expect(result.withoutOwner).toEqual([])
    expect(result.deletedOwner).toEqual([])
    const title = new Map(touchpoints.map((t) => [t.id, t.title]))
    expect(result.repeatedInformation.map((id) => title.get(id))).toEqual([
      'Legevakt',
      'Søke opplæringspenger',
      'Søke hjelpestønad',
      'Tilrettelegging i barnehage og skole',
      'Innlogging med ID-porten og Altinn',
    ])
  })

  it('links its to-be journey both ways, with the same phases', () => {
    const { doc, journey, phases } = board()
    const toBe = readJourneys(doc)[1]!
    expect(toBe).toMatchObject({
      title: 'Alvorlig sykt barn – ønsket',
      stage: 'to-be',
      counterpartId: journey.id,
    })
    expect(journey.counterpartId).toBe(toBe.id)
    expect(readPhases(doc, toBe.id).map((p) => p.title)).toEqual(phases.map((p) => p.title))
  })

  it('compares as-is and to-be with the figures worked out by hand', () => {
    const { doc, keyOf, journey, phases, touchpoints } = board()
    const toBe = readJourneys(doc)[1]!
    const toBePhases = readPhases(doc, toBe.id)
    const result = compareJourneys(
      { phases, touchpoints },
      { phases: toBePhases, touchpoints: toBePhases.flatMap((p) => readTouchpoints(doc, p.id)) },
      (id) => entityExists(doc, 'actor', id),
      (id) => entityExists(doc, 'infoItem', id),
    )
    expect(journey.stage).toBe('as-is')
    // To-be owners along the journey:
    // Kontakt: kommune, kommune+hf                             → 1 hand-over
    // Sykehus: hf, hf, nav                                     → 2 hand-overs
    // Hjem: nav, kommune, kommune                              → 1 hand-over
    // Skole: kommune+skole, kommune+skole                      → 1 hand-over
    // Oppfølging: kommune, digdir, lovemamma                   → 3 hand-overs
    expect(result.rows.map((r) => [r.asIs?.title, r.toBe?.title])).toEqual(
      phases.map((p) => [p.title, p.title]),
    )
    expect(result.rows.map((r) => r.toBeFigures!.counts.handovers)).toEqual([1, 2, 1, 1, 3])
    expect(result.asIsTotal.counts).toEqual({
      touchpoints: 18,
      agencies: 9,
      handovers: 11,
      withoutOwner: 0,
      repeatedInformation: 5,
      repeatedRequests: 16,
    })
    expect(result.toBeTotal.counts).toEqual({
      touchpoints: 13,
      agencies: 6,
      handovers: 8,
      withoutOwner: 0,
      repeatedInformation: 0,
      // Address and family to kommune, consent to hf, income and bank account to NAV alone.
      repeatedRequests: 0,
    })
    const gone = result.differences.flatMap((d) =>
      d.kind === 'agency' && d.side === 'as-is' ? [keyOf.get(d.actorId)] : [],
    )
    expect(gone.sort()).toEqual(['hod', 'statped', 'udir'])
    // The Barnehage row: the school meeting now has the coordinator with it.
    expect(result.rows[3]!.differences).toContainEqual({
      kind: 'figure',
      figure: 'handovers',
      asIs: 3,
      toBe: 1,
      change: -2,
    })
  })

  it('gives the parents and the child as the journey’s personas, the parents on the applications', () => {
    const { doc, journey, touchpoints } = board()
    const personaName = new Map(readEntities(doc, 'persona').map((p) => [p.id, p.name]))
    expect(journey.personas.map((id) => personaName.get(id)).sort()).toEqual([
      'Barnet',
      'Foreldrene',
    ])
    const pleiepenger = touchpoints.find((t) => t.title === 'Søke pleiepenger')!
    expect(pleiepenger.personas.map((id) => personaName.get(id))).toEqual(['Foreldrene'])
    // The first contact is for everyone in the family.
    expect(touchpoints[0]!.personas).toEqual([])
  })

  it('detects the information the family gives to several agencies, worked out by hand', () => {
    const { doc, touchpoints, phases } = board()
    const result = analyseJourney(
      phases,
      touchpoints,
      (id) => entityExists(doc, 'actor', id),
      (id) => entityExists(doc, 'infoItem', id),
    )
    const itemName = new Map(readEntities(doc, 'infoItem').map((i) => [i.id, i.name]))
    // Diagnose: five NAV applications, the individual plan (kommune), school (skole), PPT
    // (skole + statped) → 8 requests, 4 agencies. Adresse og familie: helsestasjon, legevakt
    // (kommune), hospital (hf), two NAV applications, the plan (kommune), ID-porten (digdir) →
    // 7 requests. Samtykke: hospital, plan, school, PPT → 4. Legeerklæring, inntekt and
    // bankkonto are asked only by NAV: one agency, so not counted.
    expect(
      result.repeatedRequests.map((r) => [itemName.get(r.infoItemId), r.extra, r.agencies.length]),
    ).toEqual([
      ['Diagnose', 7, 4],
      ['Adresse og familie', 6, 4],
      ['Samtykke', 3, 4],
    ])
    expect(result.extraRequests).toBe(16)
  })
})
