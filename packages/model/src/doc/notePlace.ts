import type * as Y from 'yjs'
import type { Note } from '../entities/Note'
import type { ModelError } from '../result'
import { readEntity } from './entityStore'

const misplaced = (field: string, message: string): ModelError => ({
  code: 'missing_reference',
  entity: 'note',
  field,
  message: `note.${field}: ${message}`,
})

/**
 * The cross-field rule of a note: a journey note names a journey, a phase of that journey and a
 * lane; a note on an aktørkart view names none of them. Runs when the surface or the cell changes.
 */
export function checkNotePlace(
  doc: Y.Doc,
  note: Note,
  changed: ReadonlySet<string>,
): ModelError | null {
  if (!['surface', 'journeyId', 'phaseId', 'laneId'].some((field) => changed.has(field)))
    return null
  if (note.surface !== 'journey')
    return note.journeyId || note.phaseId || note.laneId
      ? misplaced('surface', 'only a journey note has a journey, phase and lane')
      : null
  if (!note.journeyId) return misplaced('journeyId', 'a journey note needs a journey')
  if (!note.laneId) return misplaced('laneId', 'a journey note needs a lane')
  const phase = readEntity(doc, 'phase', note.phaseId)
  if (!phase || phase.journeyId !== note.journeyId)
    return misplaced('phaseId', 'the phase must belong to the note’s journey')
  const lane = readEntity(doc, 'lane', note.laneId)
  return lane && lane.journeyId === note.journeyId && lane.kind !== 'divider'
    ? null
    : misplaced('laneId', 'the lane must be a lane with cells of the note’s journey')
}
