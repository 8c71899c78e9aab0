import * as Y from 'yjs'
import {
  ENTITY_KINDS,
  addDefaultLanes,
  type EntityKind,
  type ModelError,
  createEntity,
  createId,
  entityRoot,
  initBoard,
  metaRoot,
  updateDangerSignal,
  updateEntity,
  validateBoard,
} from '@samkart/model'
import type { ImportResult, ParseOptions } from '../ImportResult'
import { refuse } from '../ImportResult'
import type { BoardFile } from './BoardFile'
import { importComments } from './importComments'
import { parseBoardFile } from './parseBoardFile'
import { writeVoteResults } from '../votes/writeVoteResults'

/** What {@link importBoardFile} created. */
export interface ImportedBoard {
  title: string
  counts: Record<
    | 'actors'
    | 'relations'
    | 'journeys'
    | 'phases'
    | 'touchpoints'
    | 'lanes'
    | 'laneItems'
    | 'notes',
    number
  >
}

/** Origin of import writes when the caller gives none: not a user's edit, never an undo step. */
export const IMPORT_ORIGIN = 'samkart:import'

function modelRefusal<T = never>(path: string, error: ModelError): ImportResult<T> {
  return refuse('invalid_board', `${path}: ${error.message}`, { path, cause: error })
}

/** True when the document holds no board metadata and no entities. */
function isEmpty(doc: Y.Doc): boolean {
  return metaRoot(doc).size === 0 && ENTITY_KINDS.every((kind) => entityRoot(doc, kind).size === 0)
}

/**
 * Writes a parsed board file into `doc`, which must be new (no board metadata, no entities):
 * initialises the board (title from `options.title`, else the file's; created now) and creates
 * every entity with a fresh id through the model's validated operations, then validates the
 * whole board. All or nothing: it is built on a scratch document and applied to `doc` in one
 * update only if everything passed. Order keys, owners of deleted actors and danger signals are
 * kept.
 */
export function importBoardFile(
  doc: Y.Doc,
  file: BoardFile,
  options: { title?: string; origin?: unknown; now?: Date } = {},
): ImportResult<ImportedBoard> {
  if (!isEmpty(doc))
    return refuse('target_not_empty', 'a board file can only be imported into a new board')
  const { board } = file
  const scratch = new Y.Doc()
  try {
    const meta = initBoard(scratch, {
      title: options.title ?? board.title,
      template: board.template,
      createdAt: (options.now ?? new Date()).toISOString(),
    })
    if (!meta.ok)
      return modelRefusal(options.title === undefined ? 'board.title' : 'title', meta.error)

    // New ids for everything; ids the file names but does not define (the deleted owners of a
    // touchpoint) get new ids too, the same one wherever they appear.
    const ids = new Map<string, string>()
    const newId = (old: string) => {
      let id = ids.get(old)
      if (id === undefined) ids.set(old, (id = createId()))
      return id
    }
    const create = <K extends EntityKind>(
      kind: K,
      path: string,
      fields: Record<string, unknown>,
    ): ImportResult<string> => {
      const created = createEntity(scratch, kind, fields as never)
      return created.ok ? { ok: true, value: created.value } : modelRefusal(path, created.error)
    }

    for (const [i, { id, ...fields }] of board.actors.entries()) {
      const r = create('actor', `board.actors[${i}]`, { ...fields, id: newId(id) })
      if (!r.ok) return r
    }
    const actorIds = new Set(board.actors.map((a) => a.id))
    const ref = (id: string, known: Set<string>) => (known.has(id) ? newId(id) : id)
    for (const [i, { id, source, target, ...fields }] of board.relations.entries()) {
      const r = create('relation', `board.relations[${i}]`, {
        ...fields,
        id: newId(id),
        source: ref(source, actorIds),
        target: ref(target, actorIds),
      })
      if (!r.ok) return r
    }
    for (const [i, { id, ...fields }] of board.personas.entries()) {
      const r = create('persona', `board.personas[${i}]`, { ...fields, id: newId(id) })
      if (!r.ok) return r
    }
    for (const [i, { id, ...fields }] of board.infoItems.entries()) {
      const r = create('infoItem', `board.infoItems[${i}]`, { ...fields, id: newId(id) })
      if (!r.ok) return r
    }
    // Members naming a persona or info item the file does not define were left by a concurrent
    // delete; unlike deleted owners they carry no meaning, so they are dropped.
    const members = (list: readonly string[], known: Set<string>) =>
      list.filter((id) => known.has(id)).map(newId)
    const personaIds = new Set(board.personas.map((p) => p.id))
    const infoItemIds = new Set(board.infoItems.map((p) => p.id))
    const journeyIds = new Set(board.journeys.map((j) => j.id))
    for (const [i, { id, counterpartId: _link, personas, ...fields }] of board.journeys.entries()) {
      const r = create('journey', `board.journeys[${i}]`, {
        ...fields,
        id: newId(id),
        personas: members(personas, personaIds),
      })
      if (!r.ok) return r
    }
    // Links between journeys once both ends exist; one to a journey not in the file is dropped.
    for (const [i, { id, counterpartId }] of board.journeys.entries()) {
      if (!counterpartId || !journeyIds.has(counterpartId)) continue
      const r = updateEntity(scratch, 'journey', newId(id), { counterpartId: newId(counterpartId) })
      if (!r.ok) return modelRefusal(`board.journeys[${i}]`, r.error)
    }
    const phaseIds = new Set(board.phases.map((p) => p.id))
    for (const [i, { id, journeyId, ...fields }] of board.phases.entries()) {
      const r = create('phase', `board.phases[${i}]`, {
        ...fields,
        id: newId(id),
        journeyId: ref(journeyId, journeyIds),
      })
      if (!r.ok) return r
    }
    for (const [
      i,
      { id, journeyId, phaseId, responsible, personas, asksFor, ...fields },
    ] of board.touchpoints.entries()) {
      const owners = responsible.map((owner) => newId(owner))
      const r = create('touchpoint', `board.touchpoints[${i}]`, {
        ...fields,
        id: newId(id),
        journeyId: ref(journeyId, journeyIds),
        phaseId: ref(phaseId, phaseIds),
        responsible: owners.filter((_, n) => actorIds.has(responsible[n]!)),
        personas: members(personas, personaIds),
        asksFor: members(asksFor, infoItemIds),
      })
      if (!r.ok) return r
      // Owners that were deleted before the export stay named, so the touchpoint still shows
      // «owner deleted». The model's operations only accept existing owners, so these members
      // go straight into the stored set (a Y.Map of id → true, docs/doc-schema.md).
      const deleted = owners.filter((_, n) => !actorIds.has(responsible[n]!))
      if (deleted.length > 0) {
        const set = entityRoot(scratch, 'touchpoint').get(r.value)!.get('responsible')
        if (set instanceof Y.Map) scratch.transact(() => deleted.forEach((d) => set.set(d, true)))
      }
    }
    const laneIds = new Set(board.lanes.map((l) => l.id))
    for (const [i, { id, journeyId, ...fields }] of board.lanes.entries()) {
      const r = create('lane', `board.lanes[${i}]`, {
        ...fields,
        id: newId(id),
        journeyId: ref(journeyId, journeyIds),
      })
      if (!r.ok) return r
    }
    // A journey the file gives no lanes (a hand-made file) gets the built-in ones, so it shows.
    const laned = new Set(board.lanes.map((l) => l.journeyId))
    for (const journey of board.journeys)
      if (!laned.has(journey.id)) addDefaultLanes(scratch, newId(journey.id))
    // Pain items first: an opportunity's link to a pain item must find it.
    const touchpointIds = new Set(board.touchpoints.map((tp) => tp.id))
    const itemIds = new Set(board.laneItems.map((item) => item.id))
    const painsFirst = [...board.laneItems.entries()].sort(
      ([, a], [, b]) => Number(b.kind === 'pain') - Number(a.kind === 'pain'),
    )
    for (const [
      i,
      { id, journeyId, laneId, phaseId, touchpoints, pains, ...fields },
    ] of painsFirst) {
      const r = create('laneItem', `board.laneItems[${i}]`, {
        ...fields,
        id: newId(id),
        journeyId: ref(journeyId, journeyIds),
        laneId: ref(laneId, laneIds),
        phaseId: ref(phaseId, phaseIds),
        // Links to what the file does not hold (deleted before the export) are dropped.
        touchpoints: touchpoints.filter((tp) => touchpointIds.has(tp)).map(newId),
        pains: pains.filter((p) => itemIds.has(p)).map(newId),
      })
      if (!r.ok) return r
    }
    for (const [i, { id, journeyId, phaseId, laneId, ...fields }] of board.notes.entries()) {
      const r = create('note', `board.notes[${i}]`, {
        ...fields,
        id: newId(id),
        journeyId: journeyId && ref(journeyId, journeyIds),
        phaseId: phaseId && ref(phaseId, phaseIds),
        laneId: laneId && ref(laneId, laneIds),
      })
      if (!r.ok) return r
    }
    // After every other kind: a comment may hang on any of them, notes included.
    const imported = importComments(board, newId, create)
    if (!imported.ok) return imported
    for (const signal of board.dangerSignals) {
      if (!signal.present && signal.note === '') continue
      const r = updateDangerSignal(scratch, signal.signal, {
        present: signal.present,
        note: signal.note,
      })
      if (!r.ok) return modelRefusal('board.dangerSignals', r.error)
    }

    // Revealed votes come along with their totals, on the items' new ids.
    writeVoteResults(scratch, board.votes ?? [], (kind, id) =>
      (kind === 'actor' && actorIds.has(id)) || (kind === 'touchpoint' && touchpointIds.has(id))
        ? newId(id)
        : kind === 'journey' && journeyIds.has(id)
          ? newId(id)
          : null,
    )
    const problems = validateBoard(scratch)
    if (problems.length > 0) {
      const first = problems[0]!
      return modelRefusal(`board.${first.kind}`, first.error)
    }
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch), options.origin ?? IMPORT_ORIGIN)
    return {
      ok: true,
      value: {
        title: meta.value.title,
        counts: {
          actors: board.actors.length,
          relations: board.relations.length,
          journeys: board.journeys.length,
          phases: board.phases.length,
          touchpoints: board.touchpoints.length,
          lanes: board.lanes.length,
          laneItems: board.laneItems.length,
          notes: board.notes.length,
        },
      },
    }
  } finally {
    scratch.destroy()
  }
}

/** `parseBoardFile` then `importBoardFile` into a new document, which it returns. */
export function boardDocFromFile(
  input: unknown,
  options: ParseOptions & { title?: string; now?: Date } = {},
): ImportResult<{ doc: Y.Doc; board: ImportedBoard }> {
  const parsed = parseBoardFile(input, options)
  if (!parsed.ok) return parsed
  const doc = new Y.Doc()
  const imported = importBoardFile(doc, parsed.value, options)
  if (!imported.ok) {
    doc.destroy()
    return imported
  }
  return { ok: true, value: { doc, board: imported.value } }
}
