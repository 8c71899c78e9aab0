import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BOARD_ROOTS } from '../doc/boardRoots'
import { ENTITY_KINDS, entitySpecs } from '../entities/registry'
import { LOCKED_ROOTS, lockField, lockOf, readLocks, writeLock } from './locks'
import { presentationField, readPresentation, writePresentation } from './presentation'
import { parseBoardLockRequest } from '../api/BoardLockRequest'

describe('locks', () => {
  it('reads what the server wrote and forgets a lifted lock', () => {
    const doc = new Y.Doc()
    writeLock(doc, 'journeys', { by: 'Kari', since: '2026-12-05T08:00:00.000Z' })
    expect(readLocks(doc)).toEqual([
      { scope: 'journeys', by: 'Kari', since: '2026-12-05T08:00:00.000Z' },
    ])
    writeLock(doc, 'journeys', null)
    expect(readLocks(doc)).toEqual([])
  })

  it('finds the lock covering a root, the board lock covering every view', () => {
    const board = { scope: 'board' as const, by: 'K', since: 's' }
    const actors = { scope: 'actors' as const, by: 'K', since: 's' }
    expect(lockOf([actors], 'actors')).toBe(actors)
    expect(lockOf([actors], 'touchpoints')).toBeNull()
    expect(lockOf([board], 'touchpoints')).toBe(board)
    expect(lockOf([board], 'comments')).toBeNull()
    expect(lockOf([board], 'savedViews')).toBeNull()
  })

  it('covers every content root of the board with the board lock', () => {
    for (const root of [...LOCKED_ROOTS.actors, ...LOCKED_ROOTS.journeys])
      expect(LOCKED_ROOTS.board).toContain(root)
  })

  it('locks every content kind, so a kind added later cannot slip past a lock', () => {
    // Comments and saved views are the workshop's own tools, never locked (see locks.ts).
    const content = ENTITY_KINDS.filter((kind) => kind !== 'comment' && kind !== 'savedView')
    for (const kind of content) expect(LOCKED_ROOTS.board).toContain(entitySpecs[kind].root)
    // What hangs on a journey is locked with the journeys.
    for (const kind of content)
      if ('journeyId' in entitySpecs[kind].fields && kind !== 'note')
        expect(LOCKED_ROOTS.journeys).toContain(entitySpecs[kind].root)
  })

  it('has only known keys in its root', () => {
    expect(lockField('board/by')).toEqual({ kind: 'text', max: 100 })
    expect(lockField('board/colour')).toBeUndefined()
    expect(lockField('kitchen/by')).toBeUndefined()
    expect(lockField('constructor')).toBeUndefined()
    expect(BOARD_ROOTS.get('locks')?.type).toBe('values')
  })

  it('parses lock requests and says what is wrong', () => {
    expect(parseBoardLockRequest({ scope: 'actors', locked: true, by: ' Kari ' })).toEqual({
      ok: true,
      request: { scope: 'actors', locked: true, by: 'Kari' },
    })
    expect(parseBoardLockRequest({ scope: 'all', locked: true }).ok).toBe(false)
    expect(parseBoardLockRequest({ scope: 'board', locked: 'yes' }).ok).toBe(false)
    expect(parseBoardLockRequest({ scope: 'board', locked: true, by: 'x'.repeat(101) }).ok).toBe(
      false,
    )
    expect(parseBoardLockRequest([]).ok).toBe(false)
  })
})

describe('presentation', () => {
  it('starts, moves and stops the walkthrough', () => {
    const doc = new Y.Doc()
    expect(readPresentation(doc)).toBeNull()
    writePresentation(doc, { step: 'a', by: 'Kari', focus: true })
    expect(readPresentation(doc)).toEqual({ step: 'a', by: 'Kari', focus: true })
    writePresentation(doc, null)
    expect(readPresentation(doc)).toBeNull()
    expect(presentationField('step')).toBeDefined()
    expect(presentationField('toString')).toBeUndefined()
  })
})
