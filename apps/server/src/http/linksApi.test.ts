import { afterEach, describe, expect, it } from 'vitest'
import { STORE_KINDS } from '../testing/stores'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

interface Link {
  id: string
  role: string
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  token: string | null
}

describe.each(STORE_KINDS)('share links (%s)', (store) => {
  const bed = new TestBed(store)
  afterEach(() => bed.cleanup())

  it('lets a facilitator create, list and revoke links; tokens show only while a link works', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const path = `/api/boards/${board.id}/links`
    const create = async (body: unknown) => {
      const res = await server.api(path, { token: board.token, body })
      expect(res.status).toBe(201)
      return (await res.json()) as Link
    }
    const list = async () =>
      ((await (await server.api(path, { token: board.token })).json()) as { links: Link[] }).links

    // Long enough for the requests below on a loaded machine (400 ms was not, with two stores).
    const soon = new Date(Date.now() + 2_000).toISOString()
    const later = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    const viewer = await create({ role: 'viewer' })
    const editor = await create({ role: 'editor', expiresAt: later })
    const brief = await create({ role: 'facilitator', expiresAt: soon })
    expect(viewer).toEqual({
      id: expect.any(String),
      role: 'viewer',
      createdAt: expect.any(String),
      expiresAt: null,
      revokedAt: null,
      token: expect.any(String),
    })
    expect(editor.expiresAt).toBe(later)
    // Each token opens the board with its role.
    for (const link of [viewer, editor, brief]) {
      const body = await (await server.api(`/api/boards/${board.id}`, { token: link.token })).json()
      expect(body.role).toBe(link.role)
    }

    expect(
      (await server.api(`${path}/${viewer.id}`, { method: 'DELETE', token: board.token })).status,
    ).toBe(204)
    // Revoking twice is harmless.
    expect(
      (await server.api(`${path}/${viewer.id}`, { method: 'DELETE', token: board.token })).status,
    ).toBe(204)
    await waitFor(() => Date.now() > Date.parse(soon))
    const links = await list()
    // Oldest first: the creator's own link, then the three above.
    expect(links.map((l) => l.role)).toEqual(['facilitator', 'viewer', 'editor', 'facilitator'])
    expect(links[0]!.token).toBe(board.token)
    expect(links[1]).toMatchObject({ id: viewer.id, revokedAt: expect.any(String), token: null })
    expect(links[2]).toMatchObject({ id: editor.id, revokedAt: null, token: editor.token })
    expect(links[3]).toMatchObject({ id: brief.id, expiresAt: soon, token: null })
  })

  it('refuses a bad role or expiry with a code the web app translates', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const cases: [unknown, string, string][] = [
      [{}, 'required', 'role'],
      [{ role: 'admin' }, 'invalid_enum', 'role'],
      [{ role: ['viewer'] }, 'invalid_enum', 'role'],
      [{ role: 'viewer', expiresAt: 'tomorrow' }, 'invalid_type', 'expiresAt'],
      [{ role: 'viewer', expiresAt: 1893456000000 }, 'invalid_type', 'expiresAt'],
      [{ role: 'viewer', expiresAt: '2030-02-30T25:00:00Z' }, 'invalid_type', 'expiresAt'],
      [{ role: 'viewer', expiresAt: '2020-01-01T00:00:00.000Z' }, 'out_of_range', 'expiresAt'],
      [{ role: 'viewer', expiresAt: '2999-01-01T00:00:00.000Z' }, 'out_of_range', 'expiresAt'],
    ]
    for (const [body, code, field] of cases) {
      const res = await server.api(`/api/boards/${board.id}/links`, { token: board.token, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect((await res.json()).error, JSON.stringify(body)).toMatchObject({ code, field })
    }
    const links = await (
      await server.api(`/api/boards/${board.id}/links`, { token: board.token })
    ).json()
    expect(links.links).toHaveLength(1) // only the creator's
  })

  it("keeps each board's links to itself", async () => {
    const server = await bed.server()
    const a = await server.createBoard('A')
    const b = await server.createBoard('B')
    const bLinks = await (await server.api(`/api/boards/${b.id}/links`, { token: b.token })).json()
    const bLinkId = bLinks.links[0].id
    // A's facilitator can neither list nor revoke B's links, through either board's path.
    expect((await server.api(`/api/boards/${b.id}/links`, { token: a.token })).status).toBe(403)
    const sideways = await server.api(`/api/boards/${a.id}/links/${bLinkId}`, {
      method: 'DELETE',
      token: a.token,
    })
    expect(sideways.status).toBe(404)
    expect((await server.api(`/api/boards/${b.id}`, { token: b.token })).status).toBe(200)
  })
})
