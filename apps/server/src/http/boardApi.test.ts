import { afterEach, describe, expect, it } from 'vitest'
import { TITLE_MAX, createActor, readActors, readMeta } from '@samkart/model'
import { type TestServer, TestBed, readStoredBoard } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

const ADMIN = 'admin-token-for-tests-0123'
type Role = 'viewer' | 'editor' | 'facilitator'
const ROLES: Role[] = ['viewer', 'editor', 'facilitator']

/** A fresh board and a token for `role` on it (the creator's own for facilitator). */
async function boardAs(server: TestServer, role: Role) {
  const board = await server.createBoard('Tavle')
  const token = role === 'facilitator' ? board.token : await server.link(board.id, role)
  return { board, token }
}

/** Every board operation of the API, with the weakest role allowed to do it. */
const OPERATIONS: {
  name: string
  needs: Role
  call(server: TestServer, boardId: string, token: string): Promise<Response>
  okStatus: number
}[] = [
  {
    name: 'GET /api/boards/:id',
    needs: 'viewer',
    okStatus: 200,
    call: (s, id, token) => s.api(`/api/boards/${id}`, { token }),
  },
  {
    name: 'PATCH /api/boards/:id',
    needs: 'editor',
    okStatus: 200,
    call: (s, id, token) =>
      s.api(`/api/boards/${id}`, { method: 'PATCH', token, body: { title: 'Nytt navn' } }),
  },
  {
    // A copy takes all the content and makes its maker facilitator: by default, theirs only.
    name: 'POST /api/boards/:id/duplicate',
    needs: 'facilitator',
    okStatus: 201,
    call: (s, id, token) => s.api(`/api/boards/${id}/duplicate`, { token, body: {} }),
  },
  {
    name: 'DELETE /api/boards/:id',
    needs: 'facilitator',
    okStatus: 204,
    call: (s, id, token) => s.api(`/api/boards/${id}`, { method: 'DELETE', token }),
  },
  {
    name: 'GET /api/boards/:id/links',
    needs: 'facilitator',
    okStatus: 200,
    call: (s, id, token) => s.api(`/api/boards/${id}/links`, { token }),
  },
  {
    name: 'POST /api/boards/:id/links',
    needs: 'facilitator',
    okStatus: 201,
    call: (s, id, token) => s.api(`/api/boards/${id}/links`, { token, body: { role: 'viewer' } }),
  },
  {
    name: 'DELETE /api/boards/:id/links/:linkId',
    needs: 'facilitator',
    okStatus: 204,
    call: async (s, id, token) => {
      const links = await (await s.api(`/api/boards/${id}/links`, { token: s.tokenOf(id) })).json()
      return s.api(`/api/boards/${id}/links/${links.links[0].id}`, { method: 'DELETE', token })
    },
  },
]

describe('the board API by role', () => {
  it('allows each operation from its role up and answers 403 forbidden_role below', async () => {
    const server = await bed.server()
    for (const op of OPERATIONS)
      for (const role of ROLES) {
        const { board, token } = await boardAs(server, role)
        const res = await op.call(server, board.id, token)
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(op.needs)
        const what = `${op.name} as ${role}`
        if (allowed) expect(res.status, what).toBe(op.okStatus)
        else {
          expect(res.status, what).toBe(403)
          expect((await res.json()).error, what).toMatchObject({
            code: 'forbidden_role',
            params: { role, needed: op.needs },
          })
        }
      }
  })

  it('refuses missing, forged, foreign, revoked and expired tokens with a reason', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const other = await server.createBoard()
    const forged = board.token.slice(0, -3) + (board.token.endsWith('AAA') ? 'BBB' : 'AAA')
    const links = async () =>
      (await (await server.api(`/api/boards/${board.id}/links`, { token: board.token })).json())
        .links
    const revokedToken = await server.link(board.id, 'editor')
    const revokedId = (await links()).find((l: { token: string }) => l.token === revokedToken).id
    await server.api(`/api/boards/${board.id}/links/${revokedId}`, {
      method: 'DELETE',
      token: board.token,
    })
    const expiresAt = Date.now() + 300
    const expiring = await server.link(board.id, 'editor', new Date(expiresAt).toISOString())
    await waitFor(() => Date.now() > expiresAt)

    const cases: [string | null, number, string][] = [
      [null, 401, 'token_missing'],
      ['garbage', 401, 'token_invalid'],
      [forged, 401, 'token_invalid'],
      [other.token, 403, 'token_wrong_board'],
      [revokedToken, 401, 'token_revoked'],
      [expiring, 401, 'token_expired'],
    ]
    for (const [token, status, code] of cases) {
      const res = await server.api(`/api/boards/${board.id}`, { token })
      expect(res.status, code).toBe(status)
      const body = await res.json()
      expect(body.error.code, code).toBe(code)
      expect(typeof body.error.message).toBe('string')
    }
    // A malformed Authorization header is a missing token, not a crash.
    const odd = await server.api(`/api/boards/${board.id}`, {
      headers: { authorization: 'Basic x' },
    })
    expect(odd.status).toBe(401)
  })

  it('says which role a token has, and shows facilitators the count of dropped viewer writes', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Roller')
    for (const role of ROLES) {
      const token = role === 'facilitator' ? board.token : await server.link(board.id, role)
      const body = await (await server.api(`/api/boards/${board.id}`, { token })).json()
      const { role: _role, token: _token, ...record } = board
      expect(body).toEqual({
        ...record,
        role,
        ...(role === 'facilitator' ? { droppedWrites: 0 } : {}),
      })
    }
  })

  it('renames a board for everyone connected, with the model checking the title', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Gammelt navn')
    const client = await server.client(board.id)
    const editor = await server.link(board.id, 'editor')
    const res = await server.api(`/api/boards/${board.id}`, {
      method: 'PATCH',
      token: editor,
      body: { title: '  Nytt navn ' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: board.id, title: 'Nytt navn', role: 'editor' })
    await waitFor(() => readMeta(client.doc).title === 'Nytt navn', { what: 'the live rename' })
    const again = await (await server.api(`/api/boards/${board.id}`, { token: editor })).json()
    expect(again.title).toBe('Nytt navn')

    const bad: [unknown, string][] = [
      [{ title: '' }, 'required'],
      [{}, 'required'],
      [{ title: 'x'.repeat(TITLE_MAX + 1) }, 'too_long'],
      [{ title: 7 }, 'invalid_type'],
      [['title'], 'invalid_body'],
    ]
    for (const [body, code] of bad) {
      const refused = await server.api(`/api/boards/${board.id}`, {
        method: 'PATCH',
        token: editor,
        body,
      })
      expect(refused.status, code).toBe(400)
      expect((await refused.json()).error.code, code).toBe(code)
    }
    expect(readMeta(client.doc).title).toBe('Nytt navn')
  })

  it('renames a board no one has open, from storage', async () => {
    const server = await bed.server({ unloadGraceMs: 10 })
    const board = await server.createBoard('Før')
    const res = await server.api(`/api/boards/${board.id}`, {
      method: 'PATCH',
      token: board.token,
      body: { title: 'Etter' },
    })
    expect(res.status).toBe(200)
    await waitFor(() => server.loadedBoards().length === 0, { what: 'the board to unload again' })
    const client = await server.client(board.id)
    expect(readMeta(client.doc).title).toBe('Etter')
  })

  it('lets editors duplicate too when SAMKART_DUPLICATE=editor, and tells facilitators who may', async () => {
    const strict = await bed.server()
    const board = await strict.createBoard('Original')
    const editorToken = await strict.link(board.id, 'editor')
    const links = async (server: TestServer, id: string) =>
      (await server.api(`/api/boards/${id}/links`, { token: server.tokenOf(id) })).json()
    expect((await links(strict, board.id)).duplicate).toBe('facilitator')
    const refused = await strict.api(`/api/boards/${board.id}/duplicate`, {
      token: editorToken,
      body: {},
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error).toMatchObject({
      code: 'forbidden_role',
      params: { role: 'editor', needed: 'facilitator' },
    })

    const lenient = await bed.server({ duplicate: 'editor' })
    const other = await lenient.createBoard('Original')
    expect((await links(lenient, other.id)).duplicate).toBe('editor')
    const viewer = await lenient.link(other.id, 'viewer')
    const editor = await lenient.link(other.id, 'editor')
    const call = (token: string) =>
      lenient.api(`/api/boards/${other.id}/duplicate`, { token, body: {} })
    expect((await call(viewer)).status).toBe(403)
    expect((await call(editor)).status).toBe(201)
  })

  it('duplicates a board with its content into a new board with its own facilitator token', async () => {
    const server = await bed.server({ duplicate: 'editor' })
    const board = await server.createBoard('Original')
    const source = await server.client(board.id)
    createActor(source.doc, { name: 'NAV' })
    createActor(source.doc, { name: 'Kommunen' })
    const editor = await server.link(board.id, 'editor')
    // The socket and the API are separate paths: wait until the server has both edits.
    await waitFor(() => readActors(readStoredBoard(server.dataDir, board.id).doc).length === 2)
    const res = await server.api(`/api/boards/${board.id}/duplicate`, {
      token: editor,
      body: { title: 'Kopi av Original' },
    })
    expect(res.status).toBe(201)
    const copy = await res.json()
    expect(copy).toEqual({
      id: expect.any(String),
      title: 'Kopi av Original',
      createdAt: expect.any(String),
      role: 'facilitator',
      token: expect.any(String),
    })
    expect(copy.id).not.toBe(board.id)
    expect(copy.createdAt >= board.createdAt).toBe(true)
    const copied = await server.client(copy.id, copy.token)
    expect(
      readActors(copied.doc)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Kommunen', 'NAV'])
    expect(readMeta(copied.doc)).toMatchObject({
      title: 'Kopi av Original',
      createdAt: copy.createdAt,
    })
    // The copy is a board of its own: edits stay apart, and the tokens do not cross.
    createActor(copied.doc, { name: 'Bare i kopien' })
    await waitFor(() => readActors(readStoredBoard(server.dataDir, copy.id).doc).length === 3)
    expect(readActors(source.doc)).toHaveLength(2)
    expect((await server.api(`/api/boards/${board.id}`, { token: copy.token })).status).toBe(403)

    const untitled = await (
      await server.api(`/api/boards/${board.id}/duplicate`, { token: editor, method: 'POST' })
    ).json()
    expect(untitled.title).toBe('Original')
    const tooLong = await server.api(`/api/boards/${board.id}/duplicate`, {
      token: editor,
      body: { title: 'x'.repeat(TITLE_MAX + 1) },
    })
    expect(tooLong.status).toBe(400)
    expect((await tooLong.json()).error).toMatchObject({ code: 'too_long', field: 'title' })
  })

  it('answers 404 for a deleted board, even to its old facilitator token', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    expect(
      (await server.api(`/api/boards/${board.id}`, { method: 'DELETE', token: board.token }))
        .status,
    ).toBe(204)
    for (const [method, path] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['GET', '/links'],
      ['POST', '/duplicate'],
    ] as const) {
      const res = await server.api(`/api/boards/${board.id}${path}`, {
        method,
        token: board.token,
        body: method === 'GET' || method === 'DELETE' ? undefined : { title: 'x' },
      })
      expect(res.status, `${method} ${path}`).toBe(404)
      expect((await res.json()).error.code).toBe('not_found')
    }
  })
})

describe('creating and listing boards', () => {
  it('is open by default; listing every board needs an admin token, and none is set', async () => {
    const server = await bed.server()
    expect((await server.api('/api/boards', { body: { title: 'Alle kan' } })).status).toBe(201)
    const list = await server.api('/api/boards')
    expect(list.status).toBe(403)
    expect((await list.json()).error.code).toBe('admin_only')
    expect((await server.api('/api/boards', { token: 'anything-at-all-123' })).status).toBe(403)
  })

  it('can be restricted to holders of the admin token, which also lists and duplicates', async () => {
    const server = await bed.server({ create: 'admin', adminToken: ADMIN, duplicate: 'editor' })
    for (const token of [null, 'wrong-admin-token-0000', ADMIN.slice(0, -1)]) {
      const res = await server.api('/api/boards', { token, body: { title: 'Nei' } })
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('admin_only')
    }
    const created = await server.api('/api/boards', { token: ADMIN, body: { title: 'Ja' } })
    expect(created.status).toBe(201)
    const board = await created.json()
    expect(board).toMatchObject({ title: 'Ja', role: 'facilitator' })
    const viaHeader = await server.api('/api/boards', {
      headers: { 'x-samkart-admin-token': ADMIN },
      body: { title: 'Også ja' },
    })
    expect(viaHeader.status).toBe(201)
    const list = await (await server.api('/api/boards', { token: ADMIN })).json()
    expect(list.boards.map((b: { title: string }) => b.title)).toEqual(['Også ja', 'Ja'])

    // Duplicating creates a board too: an editor needs the admin token besides its own.
    const editor = await (
      await server.api(`/api/boards/${board.id}/links`, {
        token: board.token,
        body: { role: 'editor' },
      })
    ).json()
    const refused = await server.api(`/api/boards/${board.id}/duplicate`, {
      token: editor.token,
      body: {},
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error.code).toBe('admin_only')
    const allowed = await server.api(`/api/boards/${board.id}/duplicate`, {
      token: editor.token,
      headers: { 'x-samkart-admin-token': ADMIN },
      body: {},
    })
    expect(allowed.status).toBe(201)
  })

  it('with open access checks no token at all: everyone is facilitator', async () => {
    const server = await bed.server({ access: 'open' })
    const board = await server.createBoard('Åpen')
    expect((await (await server.api('/api/boards')).json()).boards).toHaveLength(1)
    const body = await (await server.api(`/api/boards/${board.id}`)).json()
    expect(body.role).toBe('facilitator')
    const client = await server.client(board.id, null)
    expect(readMeta(client.doc).title).toBe('Åpen')
  })
})
