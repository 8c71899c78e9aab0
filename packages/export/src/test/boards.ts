import * as Y from 'yjs'
import {
  BOARD_TEMPLATES,
  addPhase,
  addTouchpoint,
  applyTemplate,
  createActor,
  createJourney,
  addLane,
  addLaneItem,
  builtInLaneId,
  readEntities,
  readJourneys,
  readPhases,
  createNote,
  createRelation,
  deleteActor,
  initBoard,
  updateDangerSignal,
} from '@samkart/model'

/** A fixed date for files whose content includes it. */
export const NOW = new Date('2025-03-01T12:00:00.000Z')

/** Text that would do harm if any writer let it through as markup, a formula or a script. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  html: '<img src=x onerror=alert(1)> & «æøå»',
  formula: '=HYPERLINK("http://evil.example","klikk")',
  plus: '+47 22 00 00 00',
  at: '@SUM(A1:A9)',
  tab: '\tinnrykk',
}

/** Unwraps a model result, failing the test with the model's message otherwise. */
export function must<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`)
  return result.value
}

/** A new, initialised board document. */
export function newBoard(title = 'Testtavle'): Y.Doc {
  const doc = new Y.Doc()
  must(initBoard(doc, { title, createdAt: '2025-01-01T00:00:00.000Z' }))
  return doc
}

/**
 * The «Alvorlig sykt barn» template board, with extras every round trip must keep: a ticked
 * danger signal with a note, an actor moved in the network, a touchpoint whose owner was
 * deleted, and two sticky notes (one on the matrix, one in a journey cell).
 */
export function alvorligSyktBarn(): Y.Doc {
  const doc = newBoard('Alvorlig sykt barn')
  must(applyTemplate(doc, BOARD_TEMPLATES['alvorlig-sykt-barn']!))
  must(
    updateDangerSignal(doc, 'lack-of-trust', {
      present: true,
      note: 'Lite tillit mellom NAV og kommunen',
    }),
  )
  // The as-is journey («Alvorlig sykt barn»), not its to-be: the scene and PDF tests look there.
  const journeyId = readJourneys(doc).find((j) => j.stage === 'as-is')!.id
  const temp = must(
    createActor(doc, { name: 'Midlertidig prosjekt', networkX: 120, networkY: -80 }),
  )
  const phase = must(addPhase(doc, journeyId, { title: 'Avslutning' }))
  must(addTouchpoint(doc, { phaseId: phase, title: 'Sluttmøte', responsible: [temp], emotion: 1 }))
  must(deleteActor(doc, temp))
  must(
    createNote(doc, {
      surface: 'matrix',
      text: 'Barnehagen?',
      color: 'pink',
      x: 0.2,
      y: 0.15,
      authorName: 'Kari',
      authorId: 'p-kari',
      createdAt: '2025-02-01T10:00:00.000Z',
    }),
  )
  must(
    createNote(doc, {
      surface: 'journey',
      journeyId,
      phaseId: phase,
      laneId: builtInLaneId(doc, journeyId, 'pain')!,
      text: 'Må fortelle alt på nytt',
      authorName: 'Ola',
      createdAt: '2025-02-01T10:05:00.000Z',
    }),
  )
  // A custom lane of typed items: a pain point and an opportunity addressing it and a
  // touchpoint's pain point; a divider line.
  const lane = must(addLane(doc, journeyId, { kind: 'items', title: 'Muligheter' }))
  must(addLane(doc, journeyId, { kind: 'divider', title: 'Synlighetslinje' }))
  const first = readPhases(doc, journeyId)[0]!.id
  const painful = readEntities(doc, 'touchpoint').find((tp) => tp.painPoint !== '')!
  const pain = must(
    addLaneItem(doc, { laneId: lane, phaseId: first }, { kind: 'pain', text: 'Venter alene' }),
  )
  must(
    addLaneItem(
      doc,
      { laneId: lane, phaseId: first },
      {
        kind: 'opportunity',
        text: 'Én koordinator fra start',
        description: 'Kommunen utnevner koordinator ved diagnose',
        pains: [pain],
        touchpoints: [painful.id],
      },
    ),
  )
  return doc
}

/**
 * A small board of known size with hostile text everywhere a user can type: three actors, two
 * relations, one journey with two phases of two touchpoints each, a note on the matrix and one
 * in the journey.
 */
export function hostileBoard(): { doc: Y.Doc; names: string[] } {
  const doc = newBoard(`Tavle ${HOSTILE.script}`)
  const a = must(
    createActor(doc, {
      name: HOSTILE.script,
      orgNumber: '974760673',
      importance: 0.9,
      substitutability: 0.1,
    }),
  )
  const b = must(
    createActor(doc, {
      name: HOSTILE.html,
      shortName: 'Kort & <b>',
      importance: 0.2,
      substitutability: 0.8,
      notes: HOSTILE.tab,
    }),
  )
  const c = must(
    createActor(doc, { name: HOSTILE.formula, level: 'kommune', strategy: 'samarbeid' }),
  )
  must(
    createRelation(doc, {
      source: a,
      target: b,
      type: 'funding',
      label: HOSTILE.at,
      strength: 0.9,
    }),
  )
  must(createRelation(doc, { source: b, target: c, type: 'governance', label: HOSTILE.plus }))
  const journey = must(
    createJourney(doc, { title: `Reise ${HOSTILE.html}`, description: HOSTILE.script }),
  )
  const p1 = must(addPhase(doc, journey, { title: 'Fase <1>' }))
  const p2 = must(addPhase(doc, journey, { title: 'Fase "2"' }))
  must(
    addTouchpoint(doc, {
      phaseId: p1,
      title: HOSTILE.formula,
      responsible: [a],
      legalBasis: 'lov § 1 → § 2',
      emotion: -2,
    }),
  )
  must(
    addTouchpoint(doc, {
      phaseId: p1,
      title: 'Søknad',
      responsible: [a, b],
      painPoint: HOSTILE.script,
      painType: 'waiting',
    }),
  )
  must(addTouchpoint(doc, { phaseId: p2, title: 'Vedtak', responsible: [c], channel: 'letter' }))
  must(addTouchpoint(doc, { phaseId: p2, title: 'Klage', responsible: [], emotion: 2 }))
  must(
    createNote(doc, {
      surface: 'matrix',
      text: HOSTILE.formula,
      authorName: HOSTILE.html,
      x: 0.1,
      y: 0.1,
      createdAt: '2025-02-01T09:00:00.000Z',
    }),
  )
  must(
    createNote(doc, {
      surface: 'journey',
      journeyId: journey,
      phaseId: p2,
      laneId: builtInLaneId(doc, journey, 'need')!,
      text: HOSTILE.script,
      color: 'green',
      createdAt: '2025-02-01T09:01:00.000Z',
    }),
  )
  const lane = must(addLane(doc, journey, { kind: 'text', title: HOSTILE.html }))
  must(addLaneItem(doc, { laneId: lane, phaseId: p2 }, { text: HOSTILE.formula }))
  return { doc, names: [HOSTILE.script, HOSTILE.html, HOSTILE.formula] }
}
