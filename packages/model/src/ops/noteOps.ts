import type * as Y from 'yjs'
import { retargetComments } from './commentOps'
import { NAME_MAX, NOTES_MAX } from '../entities/Actor'
import type { LaneField } from '../entities/Lane'
import type { Note, NoteColor } from '../entities/Note'
import type { EntityFields } from '../entities/registry'
import { type Result, fail, ok } from '../result'
import { readEntities, readEntity } from '../doc/entityStore'
import { clamp01, createActor } from './actorOps'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from './entityOps'
import { addTouchpoint } from './journeyOps'

/** Fields accepted when creating a note; `createdAt` defaults to now. */
export type NoteInput = Partial<EntityFields<'note'>> & Pick<Note, 'surface'>

/** An entity a note became, or the note itself. */
export interface PromotedRef {
  kind: 'note' | 'actor' | 'touchpoint'
  id: string
}

/** Options of a promotion. */
export type PromoteOptions = WriteOptions

/** Creates a note. */
export function createNote(
  doc: Y.Doc,
  input: NoteInput & { id?: string },
  options?: WriteOptions,
): Result<string> {
  return createEntity(
    doc,
    'note',
    { ...input, createdAt: input.createdAt ?? new Date().toISOString() },
    options,
  )
}

/** Changes a note's text and/or colour. */
export function updateNote(
  doc: Y.Doc,
  id: string,
  patch: { text?: string; color?: NoteColor },
  options?: WriteOptions,
): Result<Note> {
  return updateEntity(doc, 'note', id, patch, options)
}

/**
 * Moves a note: to another spot of its aktørkart view (`x`, `y`), or to another cell of its
 * journey (`phaseId`, `laneId`). A note never changes surface: it belongs to the view it was put on.
 */
export function moveNote(
  doc: Y.Doc,
  id: string,
  to: { x: number; y: number } | { phaseId: string; laneId: string },
  options?: WriteOptions,
): Result<Note> {
  return updateEntity(doc, 'note', id, to, options)
}

/** Deletes a note. */
export function deleteNote(doc: Y.Doc, id: string, options?: WriteOptions): Result<void> {
  return deleteEntity(doc, 'note', id, options)
}

/** One note, or `undefined`. */
export function readNote(doc: Y.Doc, id: string): Note | undefined {
  return readEntity(doc, 'note', id)
}

/** Every note, oldest first (then by id), so lists and exports are stable. */
export function readNotes(doc: Y.Doc): Note[] {
  return readEntities(doc, 'note').sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/**
 * Splits a note's text into a title of at most `max` characters (its first line, cut at a word
 * where it can) and the whole text when the title does not already say all of it.
 */
export function noteTitle(text: string, max: number): { title: string; rest: string } {
  const trimmed = text.trim()
  const first = trimmed.split('\n')[0]!.trim()
  let title = first
  if (first.length > max) {
    const cut = first.slice(0, max - 1)
    const space = cut.lastIndexOf(' ')
    title = `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
  }
  return { title, rest: title === trimmed ? '' : trimmed }
}

function notFound(id: string) {
  return fail({
    code: 'not_found' as const,
    entity: 'note',
    message: `note ${id} does not exist`,
    params: { id },
  })
}

function emptyText() {
  return fail({
    code: 'required' as const,
    entity: 'note',
    field: 'text',
    message: 'note.text: an empty note cannot be promoted',
  })
}

/** Where an actor made from a note starts, from where the note sits on its view. */
function actorPlace(note: Note): Partial<EntityFields<'actor'>> {
  switch (note.surface) {
    case 'matrix':
      return { importance: clamp01(1 - note.y), substitutability: clamp01(1 - note.x) }
    case 'lens':
      return { interest: clamp01(note.x), influence: clamp01(1 - note.y) }
    case 'network':
      return { networkX: note.x, networkY: note.y }
    case 'journey':
      return {} // where new actors land: the defaults; the views place it in free space
  }
}

/** Runs `make` and the hook, then deletes the note, all in one transaction (one undo step). */
function promote(
  doc: Y.Doc,
  note: Note,
  kind: 'actor' | 'touchpoint',
  make: () => Result<string>,
  options: PromoteOptions,
): Result<{ kind: 'actor' | 'touchpoint'; id: string }> {
  let result: Result<{ kind: 'actor' | 'touchpoint'; id: string }> = notFound(note.id)
  doc.transact(() => {
    const made = make()
    if (!made.ok) {
      result = made
      return // nothing was written
    }
    const to = { kind, id: made.value }
    // The note's comments follow it, in the same transaction (one undo step, one update for
    // everyone), before deleting the note would take them along.
    retargetComments(doc, { kind: 'note', id: note.id }, to)
    deleteNote(doc, note.id)
    result = ok(to)
  }, options.origin ?? null)
  return result
}

/**
 * Turns a note into an actor in one transaction: the text becomes the name (its first line,
 * shortened if need be, with the whole text in the actor's notes), and on the matrix the note's
 * spot becomes the scores, on the lens interest and influence, on the network the position.
 */
export function promoteNoteToActor(
  doc: Y.Doc,
  noteId: string,
  options: PromoteOptions = {},
): Result<{ kind: 'actor' | 'touchpoint'; id: string }> {
  const note = readNote(doc, noteId)
  if (!note) return notFound(noteId)
  const { title, rest } = noteTitle(note.text, NAME_MAX)
  if (!title) return emptyText()
  return promote(
    doc,
    note,
    'actor',
    () => createActor(doc, { name: title, notes: rest.slice(0, NOTES_MAX), ...actorPlace(note) }),
    options,
  )
}

/** The touchpoint field a journey lane's text fills, if any. */
const LANE_FIELD: Partial<Record<LaneField, 'action' | 'need' | 'painPoint' | 'backstage'>> = {
  action: 'action',
  need: 'need',
  pain: 'painPoint',
  backstage: 'backstage',
}

/**
 * Turns a journey note into a touchpoint at the end of the note's phase, in one transaction: the
 * text becomes the title, and in a lane that is a touchpoint's text field («Hva familien gjør»,
 * needs, pain points, backstage) the whole text fills that field too; elsewhere a text longer than
 * the title goes into the description.
 */
export function promoteNoteToTouchpoint(
  doc: Y.Doc,
  noteId: string,
  options: PromoteOptions = {},
): Result<{ kind: 'actor' | 'touchpoint'; id: string }> {
  const note = readNote(doc, noteId)
  if (!note) return notFound(noteId)
  if (note.surface !== 'journey')
    return fail({
      code: 'missing_reference',
      entity: 'note',
      field: 'phaseId',
      message: 'note.phaseId: only a journey note can become a touchpoint',
    })
  const { title, rest } = noteTitle(note.text, 200)
  if (!title) return emptyText()
  const lane = readEntity(doc, 'lane', note.laneId)
  const field = lane?.kind === 'touchpoint' ? LANE_FIELD[lane.field] : undefined
  const text = note.text.trim().slice(0, 2000)
  const fields = field ? { [field]: text } : rest ? { description: rest } : {}
  return promote(
    doc,
    note,
    'touchpoint',
    () => addTouchpoint(doc, { phaseId: note.phaseId, title, ...fields }),
    options,
  )
}
