import { sortByOrder } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { journeysInOrder } from '../scene/buildScene'
import { actorsInOrder } from '../tables/boardTable'
import { laneItemsInOrder } from '../tables/laneItemRows'
import { BOARD_FILE_FORMAT, BOARD_FILE_VERSION, type BoardFile } from './BoardFile'

const compare = (a: string, b: string) => a.localeCompare(b, 'nb')
/** Everything of an entity but its id and the ids it refers to, as a tie-breaker. */
const content = (entity: object) =>
  JSON.stringify(entity, (key, value: unknown) =>
    [
      'id',
      'source',
      'target',
      'journeyId',
      'phaseId',
      'laneId',
      'counterpartId',
      'responsible',
      'personas',
      'asksFor',
      'touchpoints',
      'pains',
    ].includes(key)
      ? undefined
      : value,
  )

/**
 * Builds the board file object. Entities are listed in the order the board shows them
 * (actors by name, journeys by title, phases and touchpoints in journey order), not by id, so
 * a board exported, imported (which gives new ids) and exported again lists everything in the
 * same order.
 */
export function boardToFile(board: BoardData, options: { now?: Date } = {}): BoardFile {
  const actors = actorsInOrder(board.actors).sort(
    (a, b) => compare(a.name, b.name) || compare(content(a), content(b)),
  )
  const actorRank = new Map(actors.map((a, i) => [a.id, i]))
  const rank = (id: string) => actorRank.get(id) ?? Number.MAX_SAFE_INTEGER
  const relations = [...board.relations].sort(
    (a, b) =>
      rank(a.source) - rank(b.source) ||
      rank(a.target) - rank(b.target) ||
      compare(content(a), content(b)),
  )
  const byName = <T extends { name: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => compare(a.name, b.name) || compare(content(a), content(b)))
  const personas = byName(board.personas ?? [])
  const infoItems = byName(board.infoItems ?? [])
  // Set members in the order of the list they name, so they do not follow the (new) ids after an
  // import; members naming nothing in the list go last, by id.
  const inOrderOf = (list: readonly { id: string }[]) => {
    const at = new Map(list.map((e, i) => [e.id, i]))
    const pos = (id: string) => at.get(id) ?? Number.MAX_SAFE_INTEGER
    return (members: readonly string[]) =>
      [...members].sort((x, y) => pos(x) - pos(y) || (x < y ? -1 : 1))
  }
  const personaOrder = inOrderOf(personas)
  const infoOrder = inOrderOf(infoItems)
  const journeys = journeysInOrder(board)
    .sort((a, b) => compare(a.title, b.title) || compare(content(a), content(b)))
    .map((j) => ({ ...j, personas: personaOrder(j.personas) }))
  const phases = journeys.flatMap((j) =>
    sortByOrder(board.phases.filter((p) => p.journeyId === j.id)),
  )
  const touchpoints = phases.flatMap((p) =>
    sortByOrder(board.touchpoints.filter((t) => t.phaseId === p.id)).map((t) => ({
      ...t,
      // Owners in actor order, so the list does not follow the (new) ids after an import.
      responsible: [...t.responsible].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1)),
      personas: personaOrder(t.personas),
      asksFor: infoOrder(t.asksFor),
    })),
  )
  const lanes = journeys.flatMap((j) =>
    sortByOrder(board.lanes.filter((l) => l.journeyId === j.id)),
  )
  // Lane by lane, phase by phase, as the journey table shows them.
  const laneItems = laneItemsInOrder(board)
  // Oldest first, like the board's own note list; the content breaks ties between notes made in
  // the same millisecond.
  const notes = [...board.notes].sort(
    (a, b) => compare(a.createdAt, b.createdAt) || compare(content(a), content(b)),
  )
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    board: {
      title: board.meta.title,
      createdAt: board.meta.createdAt,
      template: board.meta.template,
      actors,
      relations,
      journeys,
      phases,
      touchpoints,
      lanes,
      laneItems,
      personas,
      infoItems,
      notes,
      dangerSignals: board.dangerSignals,
      // Only when there are any, so a board without votes exports as before.
      ...(board.votes && board.votes.length > 0 ? { votes: board.votes } : {}),
      // In thread order (first comment, then replies by time), which an import keeps.
      comments: board.comments ?? [],
    },
  }
}

/** The board file as pretty-printed JSON text (UTF-8 when written, no BOM). */
export function exportJson(board: BoardData, options: { now?: Date } = {}): string {
  return `${JSON.stringify(boardToFile(board, options), null, 2)}\n`
}
