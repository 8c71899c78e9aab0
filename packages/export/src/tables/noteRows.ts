import { type Translate, laneName } from '@samkart/i18n'
import type { Note } from '@samkart/model'
import type { BoardData } from '../board/BoardData'

/** Notes oldest first (then by text), the order the board and the report list them in. */
export function notesInOrder(notes: readonly Note[]): Note[] {
  return [...notes].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.text.localeCompare(b.text, 'nb'),
  )
}

/** Where a note sits, in words: its journey cell, or nothing more than its view. */
export function notePlace(board: BoardData, note: Note, t: Translate): string {
  if (note.surface !== 'journey') return ''
  const journey = board.journeys.find((j) => j.id === note.journeyId)?.title ?? ''
  const phase = board.phases.find((p) => p.id === note.phaseId)?.title ?? ''
  const lane = board.lanes.find((l) => l.id === note.laneId)
  return t('notes.place.journey', { journey, phase, lane: lane ? laneName(lane, t) : '' })
}

/** The «Notater» table: text, colour, view, place, author and creation time of every note. */
export function noteRows(board: BoardData, t: Translate): string[][] {
  return notesInOrder(board.notes).map((note) => [
    note.text,
    t(`notes.color.${note.color}`),
    t(`notes.surface.${note.surface}`),
    notePlace(board, note, t),
    note.authorName,
    note.createdAt,
  ])
}
