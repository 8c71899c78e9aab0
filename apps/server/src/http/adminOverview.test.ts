import type { AdminBoardListing } from '@samkart/model'
import { createActor } from '@samkart/model'
import { afterEach, describe, expect, it } from 'vitest'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

const ADMIN = 'admin-token-for-overview-0123'

describe("the administrator's board overview", () => {
  it('lists every board with when it was last edited, who is on it now and its size', async () => {
    const server = await bed.server({ adminToken: ADMIN })
    const list = async () => {
      const res = await server.api('/api/boards', { headers: { authorization: `Bearer ${ADMIN}` } })
      expect(res.status).toBe(200)
      return ((await res.json()) as { boards: AdminBoardListing[] }).boards
    }
    const quiet = await server.createBoard('Stille tavle')
    const busy = await server.createBoard('Travel tavle')
    const [before] = (await list()).filter((b) => b.id === busy.id)
    expect(before).toMatchObject({ title: 'Travel tavle', participants: 0 })
    expect(before!.editedAt).toBe(before!.createdAt)

    const client = await server.client(busy.id)
    createActor(client.doc, { name: 'Kommunen' })
    await waitFor(
      async () => {
        const [now] = (await list()).filter((b) => b.id === busy.id)
        return now!.editedAt > before!.editedAt && now!.participants === 1
      },
      { what: 'the edit and the participant to show in the overview' },
    )
    const boards = await list()
    const busyNow = boards.find((b) => b.id === busy.id)!
    const quietNow = boards.find((b) => b.id === quiet.id)!
    expect(busyNow.bytes).toBeGreaterThan(quietNow.bytes)
    expect(quietNow).toMatchObject({ participants: 0, editedAt: quietNow.createdAt })
  })

  it('lets the admin token, and only it, act as facilitator of any board', async () => {
    const server = await bed.server({ adminToken: ADMIN })
    const board = await server.createBoard('Gammel tavle')
    // A facilitator link for the administrator, to open the board.
    const link = await server.api(`/api/boards/${board.id}/links`, {
      headers: { 'x-samkart-admin-token': ADMIN },
      body: { role: 'facilitator' },
    })
    expect(link.status).toBe(201)
    const wrong = await server.api(`/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { 'x-samkart-admin-token': 'not-the-admin-token-0000' },
    })
    expect(wrong.status).toBe(401)
    const gone = await server.api(`/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { 'x-samkart-admin-token': ADMIN },
    })
    expect(gone.status).toBe(204)
    const again = await server.api(`/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { 'x-samkart-admin-token': ADMIN },
    })
    expect(again.status).toBe(404)
  })
})
