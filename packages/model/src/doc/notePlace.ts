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
  if (!['surface', 'journeyId', 'phaseId', 'lane'].some((field) => changed.has(field))) return null
  if (note.surface !== 'journey')
    return note.journeyId || note.phaseId || note.lane
      ? misplaced('surface', 'only a journey note has a journey, phase and lane')
      : null
  if (!note.journeyId) return misplaced('journeyId', 'a journey note needs a journey')
  if (!note.lane) return misplaced('lane', 'a journey note needs a lane')
  const phase = readEntity(doc, 'phase', note.phaseId)
  return phase && phase.journeyId === note.journeyId
    ? null
    : misplaced('phaseId', 'the phase must belong to the note’s journey')
}
