import { afterEach, describe, expect, it } from 'vitest'
import {
  createNote,
  promoteNoteToActor,
  readActors,
  readNote,
  readNotes,
  updateNote,
} from '@samkart/model'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

describe('sticky notes through a real server', () => {
  it('reach the other client, promote for both, refuse a viewer, and survive a restart', async () => {
    const dataDir = bed.tempDir()
    const server = await bed.server({ dataDir })
    const board = await server.createBoard()
    const a = await server.client(board.id, board.token, 'participant-kari-0001')
    const b = await server.client(board.id, board.token, 'participant-ola-00001')
    const viewer = await server.client(board.id, await server.link(board.id, 'viewer'))

    const kept = createNote(a.doc, {
      surface: 'matrix',
      text: 'Helsestasjonen',
      authorName: 'Kari',
      authorId: 'participant-kari-0001',
      x: 0.3,
      y: 0.2,
    })
    const promoted = createNote(a.doc, { surface: 'network', text: 'Barnehagen', x: 40, y: 60 })
    if (!kept.ok || !promoted.ok) throw new Error('notes not created')
    await waitFor(() => readNotes(b.doc).length === 2, { what: 'B to see both notes' })
    updateNote(b.doc, kept.value, { color: 'green' })
    await waitFor(() => readNote(a.doc, kept.value)?.color === 'green', {
      what: 'A to see B’s edit',
    })

    expect(promoteNoteToActor(a.doc, promoted.value).ok).toBe(true)
    await waitFor(() => readActors(b.doc).some((x) => x.name === 'Barnehagen'), {
      what: 'B to see the new actor',
    })
    expect(readNote(b.doc, promoted.value)).toBeUndefined()

    // A viewer's note is dropped by the server: nobody else ever sees it.
    createNote(viewer.doc, { surface: 'matrix', text: 'Tilskuer' })
    await waitFor(
      async () => {
        const res = await server.api(`/api/boards/${board.id}`, { token: board.token })
        return ((await res.json()) as { droppedWrites?: number }).droppedWrites === 1
      },
      { what: 'the viewer’s write to be dropped' },
    )
    expect(readNotes(a.doc).map((n) => n.text)).toEqual(['Helsestasjonen'])

    a.destroy()
    b.destroy()
    viewer.destroy()
    await server.close()
    const restarted = await bed.server({ dataDir })
    const fresh = await restarted.client(board.id, board.token)
    expect(readNotes(fresh.doc)).toMatchObject([
      { id: kept.value, text: 'Helsestasjonen', color: 'green', authorName: 'Kari' },
    ])
    expect(readActors(fresh.doc).map((x) => x.name)).toEqual(['Barnehagen'])
  })
})
