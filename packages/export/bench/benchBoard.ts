import * as Y from 'yjs'
import {
  ACTOR_LEVELS,
  CHANNELS,
  PAIN_TYPES,
  RELATION_TYPES,
  addPhase,
  addTouchpoint,
  createActor,
  createJourney,
  createRelation,
  initBoard,
  updateDangerSignal,
} from '@samkart/model'

/** A small deterministic PRNG (mulberry32), so every run exports the same board. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'Helse',
  'Velferd',
  'Barn',
  'Familie',
  'Skole',
  'Omsorg',
  'Tjeneste',
  'Etat',
  'Råd',
  'Nettverk',
]

/**
 * A board of the given size built through the model's operations: actors with varied names,
 * scores and levels (some placed in the network), typed relations between distinct actors, and
 * journeys of six phases whose touchpoints each name one to three responsible actors.
 */
export function benchBoard(size: {
  actors: number
  relations: number
  touchpoints: number
}): Y.Doc {
  const rnd = random(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const doc = new Y.Doc()
  initBoard(doc, {
    title: `Benchmark ${size.actors} aktører`,
    createdAt: '2025-01-01T00:00:00.000Z',
  })
  const actors: string[] = []
  for (let i = 0; i < size.actors; i++) {
    const name = `${pick(WORDS)}${pick(WORDS).toLowerCase()} ${i + 1}${i % 7 === 0 ? ' – regional koordinerende enhet' : ''}`
    const created = createActor(doc, {
      name,
      shortName: i % 5 === 0 ? `A${i + 1}` : '',
      level: pick(ACTOR_LEVELS),
      importance: Math.round(rnd() * 10_000) / 10_000,
      substitutability: Math.round(rnd() * 10_000) / 10_000,
      notes: i % 3 === 0 ? 'Notat om aktøren, rollen og hvordan den samarbeider med andre.' : '',
      ...(i % 4 === 0
        ? { networkX: Math.round(rnd() * 4000 - 2000), networkY: Math.round(rnd() * 3000 - 1500) }
        : {}),
    })
    if (!created.ok) throw new Error(created.error.message)
    actors.push(created.value)
  }
  const pairs = new Set<string>()
  while (pairs.size < size.relations) {
    const source = pick(actors)
    const target = pick(actors)
    if (source === target || pairs.has(`${source}>${target}`)) continue
    pairs.add(`${source}>${target}`)
    const created = createRelation(doc, {
      source,
      target,
      type: pick(RELATION_TYPES),
      label: rnd() < 0.3 ? 'Rapportering og oppfølging' : '',
      strength: Math.round(rnd() * 100) / 100,
    })
    if (!created.ok) throw new Error(created.error.message)
  }
  const perJourney = 60
  for (let j = 0; j * perJourney < size.touchpoints; j++) {
    const journey = createJourney(doc, {
      title: `Reise ${j + 1}`,
      description: 'En brukerreise for benchmark.',
    })
    if (!journey.ok) throw new Error(journey.error.message)
    const count = Math.min(perJourney, size.touchpoints - j * perJourney)
    const phases: string[] = []
    for (let p = 0; p < 6; p++) {
      const phase = addPhase(doc, journey.value, { title: `Fase ${p + 1}` })
      if (!phase.ok) throw new Error(phase.error.message)
      phases.push(phase.value)
    }
    for (let t = 0; t < count; t++) {
      const responsible = [
        ...new Set([
          pick(actors),
          ...(rnd() < 0.5 ? [pick(actors)] : []),
          ...(rnd() < 0.2 ? [pick(actors)] : []),
        ]),
      ]
      const tp = addTouchpoint(doc, {
        phaseId: phases[Math.floor((t * phases.length) / count)]!,
        title: `Kontaktpunkt ${t + 1} i reise ${j + 1}`,
        action: 'Familien søker, venter og følger opp.',
        channel: pick(CHANNELS),
        emotion: Math.floor(rnd() * 5) - 2,
        need: 'Å vite hva som skjer videre.',
        painPoint: rnd() < 0.4 ? 'Må gi de samme opplysningene på nytt.' : '',
        painType: pick(PAIN_TYPES),
        legalBasis: rnd() < 0.3 ? 'folketrygdloven § 9-10' : '',
        responsible,
      })
      if (!tp.ok) throw new Error(tp.error.message)
    }
  }
  updateDangerSignal(doc, 'lack-of-trust', { present: true, note: 'Benchmark' })
  return doc
}
