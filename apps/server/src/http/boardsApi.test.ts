import { afterEach, describe, expect, it } from 'vitest'
import {
  BOARD_TEMPLATES,
  TITLE_MAX,
  actorCategory,
  readActors,
  readMeta,
  readRelations,
} from '@samkart/model'
import { CARD_FULL, isPlacedInNetwork, networkAnchors } from '@samkart/layout'
import { TestBed } from '../testing/TestBed'

const bed = new TestBed()
afterEach(() => bed.cleanup())

const ADMIN = 'admin-token-for-tests-0123'
/** A server with an admin token, so that tests can list every board. */
const adminServer = () => bed.server({ adminToken: ADMIN })
const listBoards = async (url: string) =>
  (await fetch(`${url}/api/boards`, { headers: { authorization: `Bearer ${ADMIN}` } })).json()

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

describe('HTTP API', () => {
  it('GET /api/health answers ok', async () => {
    const server = await bed.server()
    const res = await fetch(`${server.url}/api/health`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('POST /api/boards creates a board, initialised on the server, listed newest first', async () => {
    const server = await adminServer()
    const first = await post(server.url, JSON.stringify({ title: '  Første tavle ' }))
    expect(first.status).toBe(201)
    const { role, token, ...a } = await first.json()
    expect(a).toEqual({
      id: expect.stringMatching(/^[0-9A-Za-z_-]{1,64}$/),
      title: 'Første tavle',
      createdAt: expect.any(String),
    })
    // The creator gets a facilitator token for the new board.
    expect(role).toBe('facilitator')
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    const {
      role: _r,
      token: _t,
      ...b
    } = await (await post(server.url, JSON.stringify({ title: 'Andre' }))).json()

    // The overview's fields besides: a new board was last edited when it was made, and is empty of people.
    const listing = (board: typeof a) => ({
      ...board,
      editedAt: board.createdAt,
      participants: 0,
      bytes: expect.any(Number),
    })
    expect(await listBoards(server.url)).toEqual({ boards: [listing(b), listing(a)] })
    const one = await server.api(`/api/boards/${a.id}`, { token })
    expect(await one.json()).toEqual({ ...a, role: 'facilitator', droppedWrites: 0 })
    const client = await server.client(a.id, token)
    expect(readMeta(client.doc)).toMatchObject({ title: 'Første tavle', createdAt: a.createdAt })
  })

  it('creates a board from a template, with its actors placed and the template recorded', async () => {
    const server = await bed.server()
    const listed = await (await fetch(`${server.url}/api/templates`)).json()
    expect(listed.templates.map((t: { id: string }) => t.id).sort()).toEqual(
      Object.keys(BOARD_TEMPLATES).sort(),
    )
    const res = await post(server.url, JSON.stringify({ template: 'digibarnevern' }))
    expect(res.status).toBe(201)
    const board = await res.json()
    expect(board.title).toBe('Digibarnevern – aktørkart')
    const client = await server.client(board.id, board.token)
    expect(readMeta(client.doc).template).toBe('digibarnevern')
    const ks = readActors(client.doc).find((a) => a.shortName === 'KS')!
    expect(actorCategory(ks.importance, ks.substitutability)).toBe('viktig')
    expect(readRelations(client.doc).length).toBeGreaterThan(0)
  })

  it('opens a template board with its network arranged: cards apart, related actors close', async () => {
    const server = await bed.server()
    const res = await post(server.url, JSON.stringify({ template: 'alvorlig-sykt-barn' }))
    const board = await res.json()
    const client = await server.client(board.id, board.token)
    const actors = readActors(client.doc)
    expect(actors.length).toBeGreaterThan(10)
    expect(actors.every(isPlacedInNetwork)).toBe(true)
    const at = new Map(actors.map((a) => [a.id, { x: a.networkX, y: a.networkY }]))
    for (const [i, a] of actors.entries())
      for (const b of actors.slice(i + 1)) {
        const apart =
          Math.abs(a.networkX - b.networkX) >= CARD_FULL.width ||
          Math.abs(a.networkY - b.networkY) >= CARD_FULL.height
        expect(apart, `${a.name} on ${b.name}`).toBe(true)
      }
    // Related actors end up nearer each other than on the initial spiral (by sorted id).
    const spiral = networkAnchors(actors.map((a) => ({ ...a, networkX: 0, networkY: 0 })))
    const length = (points: Map<string, { x: number; y: number }>) =>
      readRelations(client.doc).reduce((sum, r) => {
        const s = points.get(r.source)!
        const t = points.get(r.target)!
        return sum + Math.hypot(s.x - t.x, s.y - t.y)
      }, 0)
    expect(length(at)).toBeLessThan(length(spiral) * 0.75)
    // Laid out on the template's keys, not the random ids: a second board looks the same.
    const again = await (
      await post(server.url, JSON.stringify({ template: 'alvorlig-sykt-barn' }))
    ).json()
    const other = await server.client(again.id, again.token)
    const byName = (doc: typeof client.doc) =>
      Object.fromEntries(readActors(doc).map((a) => [a.name, [a.networkX, a.networkY]]))
    expect(byName(other.doc)).toEqual(byName(client.doc))
  })

  it('refuses an unknown template and creates nothing', async () => {
    const server = await adminServer()
    const res = await post(server.url, JSON.stringify({ title: 'X', template: 'nope' }))
    expect(res.status).toBe(400)
    expect((await res.json()).error).toMatchObject({ code: 'invalid_enum', field: 'template' })
    expect(await listBoards(server.url)).toEqual({ boards: [] })
  })

  it('answers bad requests with 400 and a code the UI can translate', async () => {
    const server = await adminServer()
    const cases: [string, string][] = [
      [JSON.stringify({ title: '' }), 'required'],
      [JSON.stringify({ title: '   ' }), 'required'],
      [JSON.stringify({}), 'required'],
      [JSON.stringify({ title: 'x'.repeat(TITLE_MAX + 1) }), 'too_long'],
      [JSON.stringify({ title: 42 }), 'invalid_type'],
      [JSON.stringify(['title']), 'invalid_body'],
      ['null', 'invalid_body'],
      ['{"title": "unterminated', 'invalid_json'],
      ['', 'invalid_json'],
      [JSON.stringify({ title: 'x', pad: 'y'.repeat(70 * 1024) }), 'body_too_large'],
    ]
    for (const [body, code] of cases) {
      const res = await post(server.url, body)
      expect(res.status, body.slice(0, 40)).toBe(400)
      const json = await res.json()
      expect(json.error.code, body.slice(0, 40)).toBe(code)
      expect(typeof json.error.message).toBe('string')
    }
    expect((await listBoards(server.url)).boards).toEqual([])
  })

  it('refuses a body over 64 KiB even when sent in chunks without a length', async () => {
    const server = await bed.server()
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new Uint8Array(1024).fill(32))
        controller.close()
      },
    })
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      body: chunks,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.code).toBe('body_too_large')
  })

  it('answers unknown API paths with 404 and wrong methods with 405', async () => {
    const server = await bed.server()
    const missing = await fetch(`${server.url}/api/nothing`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('not_found')
    const noBoard = await fetch(`${server.url}/api/boards/NoSuchBoard/nothing`)
    expect(noBoard.status).toBe(404)
    const wrong = await fetch(`${server.url}/api/boards`, { method: 'DELETE' })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, POST')
  })

  it('answers a plain GET on the WebSocket path with 426', async () => {
    const server = await bed.server()
    expect((await fetch(`${server.url}/ws/abc`)).status).toBe(426)
  })
})
