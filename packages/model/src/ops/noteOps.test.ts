import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { entityRoot } from '../doc/schema'
import { pruneDangling } from '../doc/pruneDangling'
import { validateBoard } from '../doc/validateBoard'
import { must, newBoard, replica, syncPair } from '../test/docs'
import { readActor } from './actorOps'
import { deleteEntity } from './entityOps'
import { readEntities } from '../doc/entityStore'
import { addThread, replyToThread } from './commentOps'
import { addPhase, createJourney, deletePhase, readTouchpoints } from './journeyOps'
import { builtInLaneId } from '../journey/laneOps'
import type { JourneyLane } from '../journey/lanes'
import {
  createNote,
  deleteNote,
  moveNote,
  noteTitle,
  promoteNoteToActor,
  promoteNoteToTouchpoint,
  readNote,
  readNotes,
  updateNote,
} from './noteOps'

const author = { authorName: 'Kari', authorId: 'p-kari' }

/** The id of a journey's built-in lane. */
const lane = (doc: Y.Doc, journeyId: string, name: JourneyLane) =>
  builtInLaneId(doc, journeyId, name)!

function journeyBoard() {
  const doc = newBoard()
  const journeyId = must(createJourney(doc, { title: 'Sykt barn' }))
  const [p1, p2] = ['Kontakt', 'Sykehus'].map((title) => must(addPhase(doc, journeyId, { title })))
  return { doc, journeyId, p1: p1!, p2: p2! }
}

describe('notes', () => {
  it('creates, edits, moves and deletes a note on the matrix', () => {
    const doc = newBoard()
    const id = must(
      createNote(doc, { surface: 'matrix', text: 'Helsestasjonen?', x: 0.2, y: 0.3, ...author }),
    )
    const note = readNote(doc, id)!
    expect(note).toMatchObject({ color: 'yellow', surface: 'matrix', authorName: 'Kari' })
    expect(Number.isNaN(Date.parse(note.createdAt))).toBe(false)
    must(updateNote(doc, id, { text: 'Helsestasjonen', color: 'blue' }))
    must(moveNote(doc, id, { x: 0.8, y: 0.1 }))
    expect(readNote(doc, id)).toMatchObject({ text: 'Helsestasjonen', color: 'blue', x: 0.8 })
    must(deleteNote(doc, id))
    expect(readNotes(doc)).toEqual([])
  })

  it('refuses bad values and misplaced notes, writing nothing', () => {
    const { doc, journeyId, p1 } = journeyBoard()
    const other = must(createJourney(doc, { title: 'Annen' }))
    const bad = [
      createNote(doc, { surface: 'matrix', text: 'x'.repeat(501) }),
      createNote(doc, { surface: 'matrix', color: 'purple' as never }),
      createNote(doc, {
        surface: 'matrix',
        journeyId,
        phaseId: p1,
        laneId: lane(doc, journeyId, 'need'),
      }),
      createNote(doc, { surface: 'journey', journeyId, phaseId: p1 }),
      createNote(doc, {
        surface: 'journey',
        journeyId: other,
        phaseId: p1,
        laneId: lane(doc, journeyId, 'need'),
      }),
    ]
    expect(bad.map((r) => r.ok)).toEqual([false, false, false, false, false])
    expect(readNotes(doc)).toEqual([])
    must(
      createNote(doc, {
        surface: 'journey',
        journeyId,
        phaseId: p1,
        laneId: lane(doc, journeyId, 'need'),
      }),
    )
  })

  it('moves a journey note to another cell, and goes with its phase or journey', () => {
    const { doc, journeyId, p1, p2 } = journeyBoard()
    const a = must(
      createNote(doc, {
        surface: 'journey',
        journeyId,
        phaseId: p1,
        laneId: lane(doc, journeyId, 'need'),
      }),
    )
    const b = must(
      createNote(doc, {
        surface: 'journey',
        journeyId,
        phaseId: p2,
        laneId: lane(doc, journeyId, 'pain'),
      }),
    )
    must(moveNote(doc, a, { phaseId: p2, laneId: lane(doc, journeyId, 'backstage') }))
    expect(readNote(doc, a)).toMatchObject({
      phaseId: p2,
      laneId: lane(doc, journeyId, 'backstage'),
    })
    must(deletePhase(doc, p2, { touchpoints: 'move', to: p1 }))
    expect(readNotes(doc).map((n) => n.phaseId)).toEqual([p1, p1])
    must(deleteEntity(doc, 'journey', journeyId))
    expect(readNote(doc, b)).toBeUndefined()
  })

  it('prunes journey notes whose phase was deleted concurrently, and validates stored notes', () => {
    const { doc, journeyId, p1 } = journeyBoard()
    const other = replica(doc)
    must(
      createNote(other, {
        surface: 'journey',
        journeyId,
        phaseId: p1,
        laneId: lane(doc, journeyId, 'action'),
      }),
    )
    must(createNote(other, { surface: 'network', x: 100, y: -40 }))
    entityRoot(doc, 'phase').delete(p1)
    syncPair(doc, other)
    expect(validateBoard(doc).map((p) => p.error.code)).toEqual(['missing_reference'])
    expect(pruneDangling(doc)).toBe(1)
    expect(readNotes(doc).map((n) => n.surface)).toEqual(['network'])
    const stored = entityRoot(doc, 'note').values().next().value as Y.Map<unknown>
    stored.set('color', 'neon')
    expect(validateBoard(doc).map((p) => p.error.code)).toEqual(['invalid_enum'])
  })
})

describe('promote', () => {
  it('turns a matrix note into an actor at the note’s scores, in one transaction, comments along', () => {
    const doc = newBoard()
    const id = must(
      createNote(doc, { surface: 'matrix', text: ' Barnehagen \nringer oss', x: 0.25, y: 0.1 }),
    )
    const author = { authorId: 'kari0001', authorName: 'Kari' }
    const thread = must(addThread(doc, { kind: 'note', id }, { ...author, text: 'Hvem eier?' }))
    must(replyToThread(doc, thread, { ...author, text: 'Kommunen' }))
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const to = must(promoteNoteToActor(doc, id))
    expect(transactions).toBe(1)
    expect(to.kind).toBe('actor')
    expect(readNote(doc, id)).toBeUndefined()
    expect(readActor(doc, to.id)).toMatchObject({
      name: 'Barnehagen',
      notes: 'Barnehagen \nringer oss',
      importance: 0.9,
      substitutability: 0.75,
    })
    // The thread and its reply now hang on the actor, nothing was left behind or deleted.
    const comments = readEntities(doc, 'comment')
    expect(comments).toHaveLength(2)
    expect(comments.every((c) => c.targetKind === 'actor' && c.targetId === to.id)).toBe(true)
  })

  it('places actors from lens and network notes by the note’s spot', () => {
    const doc = newBoard()
    const lens = must(createNote(doc, { surface: 'lens', text: 'A', x: 0.8, y: 0.3 }))
    const net = must(createNote(doc, { surface: 'network', text: 'B', x: 320, y: -80 }))
    const a = readActor(doc, must(promoteNoteToActor(doc, lens)).id)!
    const b = readActor(doc, must(promoteNoteToActor(doc, net)).id)!
    expect([a.interest, a.influence]).toEqual([0.8, 0.7])
    expect([b.networkX, b.networkY]).toEqual([320, -80])
  })

  it('turns a journey note into a touchpoint in its phase, with the lane’s text', () => {
    const { doc, journeyId, p1 } = journeyBoard()
    const pain = must(
      createNote(doc, {
        surface: 'journey',
        journeyId,
        phaseId: p1,
        laneId: lane(doc, journeyId, 'pain'),
        text: 'Må fortelle alt på nytt',
      }),
    )
    const to = must(promoteNoteToTouchpoint(doc, pain))
    expect(to.kind).toBe('touchpoint')
    expect(readTouchpoints(doc, p1)).toMatchObject([
      {
        id: to.id,
        journeyId,
        title: 'Må fortelle alt på nytt',
        painPoint: 'Må fortelle alt på nytt',
      },
    ])
    expect(readNotes(doc)).toEqual([])
  })

  it('refuses empty notes, non-journey notes as touchpoints, and leaves the note', () => {
    const doc = newBoard()
    const empty = must(createNote(doc, { surface: 'matrix', text: '  ' }))
    const matrix = must(createNote(doc, { surface: 'matrix', text: 'NAV' }))
    expect(promoteNoteToActor(doc, empty).ok).toBe(false)
    expect(promoteNoteToTouchpoint(doc, matrix).ok).toBe(false)
    expect(promoteNoteToActor(doc, 'nope').ok).toBe(false)
    expect(readNotes(doc)).toHaveLength(2)
  })

  it('is one undo step', () => {
    const doc = newBoard()
    const id = must(createNote(doc, { surface: 'matrix', text: 'NAV' }, { origin: 'me' }))
    const undo = new Y.UndoManager([entityRoot(doc, 'note'), entityRoot(doc, 'actor')], {
      trackedOrigins: new Set(['me']),
    })
    undo.stopCapturing()
    must(promoteNoteToActor(doc, id, { origin: 'me' }))
    undo.undo()
    expect(readNote(doc, id)?.text).toBe('NAV')
    expect(entityRoot(doc, 'actor').size).toBe(0)
  })

  it('shortens a long first line to a title at a word', () => {
    expect(noteTitle('Kort', 10)).toEqual({ title: 'Kort', rest: '' })
    expect(noteTitle('Ein lang tekst her', 10)).toEqual({
      title: 'Ein lang…',
      rest: 'Ein lang tekst her',
    })
  })
})
