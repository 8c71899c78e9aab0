import {
  BOARD_TEMPLATES,
  applyTemplate,
  createActor,
  initBoard,
  moveActor,
  readActor,
  readActors,
  updateActor,
  updateDangerSignal,
} from '@samkart/model'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createUndoHistory } from './undoHistory'

const REMOTE = Symbol('remote')

/**
 * Two documents kept in sync the way the provider does it: each update reaches the other with
 * `Y.applyUpdate` and a foreign origin. Returns this tab (`mine`) and someone else (`theirs`).
 */
function twoReplicas() {
  const mine = new Y.Doc()
  const theirs = new Y.Doc()
  initBoard(theirs, { title: 'Tavle' })
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), REMOTE)
  mine.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(theirs, u, REMOTE)
  })
  theirs.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(mine, u, REMOTE)
  })
  return { mine, theirs }
}

const names = (doc: Y.Doc) => readActors(doc).map((a) => a.name)

afterEach(() => {
  vi.useRealTimers()
})

describe('undo history', () => {
  it('undoes only my own change while someone else keeps editing, on both replicas', () => {
    const { mine, theirs } = twoReplicas()
    const history = createUndoHistory(mine)
    const origin = { origin: history.origin }
    createActor(mine, { name: 'NAV' }, origin)
    createActor(theirs, { name: 'Kommunen' })
    expect(names(theirs)).toEqual(['Kommunen', 'NAV'])

    expect(history.undo()).toBe(true)
    expect(names(mine)).toEqual(['Kommunen'])
    expect(names(theirs)).toEqual(['Kommunen'])
    expect(history.undo()).toBe(false)

    expect(history.redo()).toBe(true)
    expect(names(theirs)).toEqual(['Kommunen', 'NAV'])
  })

  it('keeps a remote edit of the same card when I undo my earlier edit of another field', () => {
    const { mine, theirs } = twoReplicas()
    const history = createUndoHistory(mine)
    const id = createActor(theirs, { name: 'NAV' })
    if (!id.ok) throw new Error('setup')
    updateActor(mine, id.value, { notes: 'min merknad' }, { origin: history.origin })
    updateActor(theirs, id.value, { name: 'NAV Vest' })
    history.undo()
    expect(readActor(theirs, id.value)).toMatchObject({ name: 'NAV Vest', notes: '' })
  })

  it('makes a whole grouped drag one step, however long it pauses in between', () => {
    vi.useFakeTimers()
    const { mine } = twoReplicas()
    const history = createUndoHistory(mine)
    const origin = { origin: history.origin }
    const id = createActor(mine, { name: 'NAV', importance: 0.5, substitutability: 0.5 }, origin)
    if (!id.ok) throw new Error('setup')
    vi.advanceTimersByTime(2000)

    history.beginGroup()
    for (let i = 1; i <= 10; i++) {
      moveActor(mine, id.value, { importance: 0.5 + i * 0.03, substitutability: 0.5 }, origin)
      vi.advanceTimersByTime(i === 5 ? 3000 : 50) // the hand rests mid-drag
    }
    history.endGroup()
    expect(readActor(mine, id.value)?.importance).toBeCloseTo(0.8)

    history.undo()
    expect(readActor(mine, id.value)?.importance).toBe(0.5)
    expect(names(mine)).toEqual(['NAV'])
    history.undo()
    expect(names(mine)).toEqual([])
  })

  it('starts a new step after a group, even straight away', () => {
    const { mine } = twoReplicas()
    const history = createUndoHistory(mine)
    const origin = { origin: history.origin }
    const id = createActor(mine, { name: 'NAV' }, origin)
    if (!id.ok) throw new Error('setup')
    history.beginGroup()
    moveActor(mine, id.value, { importance: 0.9, substitutability: 0.1 }, origin)
    history.endGroup()
    updateActor(mine, id.value, { name: 'NAV Øst' }, origin)
    history.undo()
    expect(readActor(mine, id.value)).toMatchObject({ name: 'NAV', importance: 0.9 })
  })

  it('never undoes a template or a board loaded from the server or from the local copy', () => {
    const { mine, theirs } = twoReplicas()
    const history = createUndoHistory(mine)
    applyTemplate(theirs, BOARD_TEMPLATES['alvorlig-sykt-barn']!)
    const loaded = names(mine).length
    expect(loaded).toBeGreaterThan(5)
    // A template applied in this very document (as the server does) arrives as an update too.
    const local = new Y.Doc()
    const localHistory = createUndoHistory(local)
    applyTemplate(local, BOARD_TEMPLATES['alvorlig-sykt-barn']!)
    // An update applied with no origin at all (as a careless loader might) is not ours either.
    const stored = new Y.Doc()
    createActor(stored, { name: 'Fra IndexedDB' })
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(stored))

    expect(history.availability.get()).toEqual({ canUndo: false, canRedo: false })
    expect(history.undo()).toBe(false)
    expect(localHistory.undo()).toBe(false)
    expect(names(mine)).toHaveLength(loaded + 1)
    expect(readActors(local).length).toBe(loaded)
  })

  it('undoes an update this tab applied with its own origin (an import) as one step', () => {
    const { mine, theirs } = twoReplicas()
    const history = createUndoHistory(mine)
    const scratch = new Y.Doc()
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(mine))
    const before = Y.encodeStateVector(scratch)
    for (const name of ['A', 'B', 'C']) createActor(scratch, { name })
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(scratch, before), history.origin)
    expect(names(theirs)).toEqual(['A', 'B', 'C'])
    history.undo()
    expect(names(theirs)).toEqual([])
  })

  it('ignores edits made with another tab’s origin, and counts origin-less local edits', () => {
    const { mine } = twoReplicas()
    const history = createUndoHistory(mine)
    createActor(mine, { name: 'Annen fane' }, { origin: Symbol('samkart-local') })
    expect(history.availability.get().canUndo).toBe(false)
    updateDangerSignal(mine, 'closed-process', { present: true })
    expect(history.availability.get().canUndo).toBe(true)
    history.undo()
    expect(names(mine)).toEqual(['Annen fane'])
  })

  it('reports when undo and redo become available', () => {
    const { mine } = twoReplicas()
    const history = createUndoHistory(mine)
    const seen: string[] = []
    history.availability.subscribe(() => {
      const { canUndo, canRedo } = history.availability.get()
      seen.push(`${canUndo ? 'U' : '-'}${canRedo ? 'R' : '-'}`)
    })
    createActor(mine, { name: 'NAV' }, { origin: history.origin })
    history.undo()
    history.redo()
    expect(seen).toEqual(['U-', '-R', 'U-'])
  })
})
