import {
  CHANNELS,
  PAIN_TYPES,
  addPhase,
  addTouchpoint,
  createActor,
  createJourney,
  createNote,
  createPersona,
  ensureInfoItem,
  readLanes,
} from '@samkart/model'
import type * as Y from 'yjs'

/** The size of a benchmark journey. */
export interface JourneyShape {
  actors: number
  phases: number
  touchpoints: number
  /** Cells (phase × lane) that get a sticky note. */
  notedCells: number
}

const INFO = [
  'Fødselsnummer',
  'Diagnose',
  'Legeerklæring',
  'Inntekt',
  'Arbeidsgiver',
  'Kontonummer',
  'Adresse',
  'Barnets skole',
  'Vedtak fra NAV',
  'Samtykke',
  'Timeliste',
  'Epikrise',
]

const WORDS = [
  'søknad',
  'vedtak',
  'innkalling',
  'samtale',
  'skjema',
  'brev',
  'møte',
  'oppfølging',
  'kartlegging',
  'klage',
  'avklaring',
  'utbetaling',
]

/**
 * Fills a board with one journey of `shape.touchpoints` touchpoints spread evenly over
 * `shape.phases` phases, with the default lanes and content like a workshop's: one to three
 * responsible actors each (of `shape.actors`), what it asks for, an emotion, text in every lane
 * and sticky notes in a few cells. Deterministic (a fixed seed), so each run measures the same
 * journey. One transaction, so the server stores it as one update. Returns the journey's id.
 */
export function fillJourneyBoard(doc: Y.Doc, shape: JourneyShape): string {
  let seed = 7
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  let journeyId = ''
  doc.transact(() => {
    const actors: string[] = []
    for (let i = 0; i < shape.actors; i++) {
      const made = createActor(doc, {
        name: `Etat ${String(i + 1).padStart(2, '0')}`,
        shortName: `E${i + 1}`,
        importance: random(),
        substitutability: random(),
      })
      if (made.ok) actors.push(made.value)
    }
    const info = INFO.map((name) => ensureInfoItem(doc, name)).flatMap((r) =>
      r.ok ? [r.value] : [],
    )
    const personas = ['Mor', 'Barnet'].flatMap((name) => {
      const made = createPersona(doc, { name })
      return made.ok ? [made.value] : []
    })
    const journey = createJourney(doc, {
      title: `Benchmark: ${shape.touchpoints} kontaktpunkter`,
      personas,
    })
    if (!journey.ok) throw new Error(journey.error.message)
    journeyId = journey.value
    const phases: string[] = []
    for (let p = 0; p < shape.phases; p++) {
      const made = addPhase(doc, journeyId, { title: `Fase ${p + 1}` })
      if (made.ok) phases.push(made.value)
    }
    for (let i = 0; i < shape.touchpoints; i++) {
      const phaseId = phases[Math.floor((i * phases.length) / shape.touchpoints)]!
      const word = pick(WORDS)
      const made = addTouchpoint(doc, {
        phaseId,
        title: `${word[0]!.toUpperCase()}${word.slice(1)} ${i + 1}`,
        description: `Familien får ${word} og må svare innen fristen.`,
        action: `Leser ${word} og fyller ut det som trengs.`,
        channel: pick(CHANNELS),
        emotion: Math.floor(random() * 5) - 2,
        need: i % 3 === 0 ? 'Å vite hva som skjer videre' : '',
        painPoint: i % 4 === 0 ? 'Må gi de samme opplysningene igjen' : '',
        painType: i % 4 === 0 ? pick(PAIN_TYPES.slice(1)) : '',
        legalBasis: i % 5 === 0 ? 'folketrygdloven § 9-10' : '',
        backstage: i % 2 === 0 ? `Saksbehandler registrerer ${word}` : '',
        responsible: [...new Set([pick(actors), pick(actors), pick(actors)].slice(0, 1 + (i % 3)))],
        personas: i % 6 === 0 ? [personas[i % personas.length]!] : [],
        asksFor: [...new Set([pick(info), pick(info)].slice(0, i % 3))],
      })
      if (!made.ok) throw new Error(made.error.message)
    }
    const lanes = readLanes(doc, journeyId).filter((l) => l.kind === 'touchpoint')
    for (let n = 0; n < shape.notedCells; n++)
      createNote(doc, {
        surface: 'journey',
        journeyId,
        phaseId: phases[n % phases.length]!,
        laneId: lanes[(n * 3) % lanes.length]!.id,
        text: `Notat ${n + 1}: sjekk dette i neste verksted`,
        authorName: 'Benk',
      })
  })
  return journeyId
}
