import { describe, expect, it } from 'vitest'
import {
  createBoard,
  deleteBoard,
  duplicateBoard,
  getBoard,
  parseApiError,
  parseBoardSummary,
  parseCreatedBoard,
  renameBoard,
} from './boardsApi'

const json = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch

/** A fetch that records what it was asked and answers `status` with `body`. */
function recording(status: number, body?: unknown) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetchFn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(body === undefined ? null : JSON.stringify(body), { status })
  }) as unknown as typeof fetch
  return { calls, fetchFn }
}
const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name]

describe('boards API client', () => {
  it('parses a board summary and refuses malformed ones', () => {
    expect(parseBoardSummary({ id: 'a', title: 'A', createdAt: '2025-01-01T00:00:00Z' })).toEqual({
      id: 'a',
      title: 'A',
      createdAt: '2025-01-01T00:00:00Z',
    })
    expect(parseBoardSummary({ id: 1 })).toBeNull()
    expect(parseBoardSummary(null)).toBeNull()
  })

  it('returns the created board with its facilitator token', async () => {
    const board = {
      id: 'b',
      title: 'B',
      createdAt: '2025-01-01T00:00:00Z',
      role: 'facilitator',
      token: 'p.s',
    }
    expect(await createBoard('B', '', { fetchFn: json(201, board) })).toEqual({
      ok: true,
      value: board,
    })
    // A server with access checks off hands out no token; the creator still facilitates.
    expect(parseCreatedBoard({ id: 'b', title: 'B', createdAt: 'x' })).toEqual({
      id: 'b',
      title: 'B',
      createdAt: 'x',
      role: 'facilitator',
      token: null,
    })
  })

  it('sends the admin token when creating, and the board token with Bearer elsewhere', async () => {
    const created = recording(201, { id: 'b', title: 'B', createdAt: 'x', token: 't' })
    await createBoard('B', 'digibarnevern', { adminToken: 'admin', fetchFn: created.fetchFn })
    expect(header(created.calls[0]!.init, 'authorization')).toBe('Bearer admin')
    expect(JSON.parse(String(created.calls[0]!.init.body))).toEqual({
      title: 'B',
      template: 'digibarnevern',
    })

    const got = recording(200, { id: 'b', title: 'B', createdAt: 'x', role: 'viewer' })
    expect(await getBoard('b', 'tok', got.fetchFn)).toEqual({
      ok: true,
      value: { id: 'b', title: 'B', createdAt: 'x', role: 'viewer' },
    })
    expect(got.calls[0]!.url).toBe('/api/boards/b')
    expect(header(got.calls[0]!.init, 'authorization')).toBe('Bearer tok')

    const none = recording(401, { error: { code: 'token_missing' } })
    expect(await getBoard('b', null, none.fetchFn)).toEqual({
      ok: false,
      error: { kind: 'http', status: 401, code: 'token_missing' },
    })
    expect(header(none.calls[0]!.init, 'authorization')).toBeUndefined()
  })

  it('renames, duplicates and deletes with the right method, path and headers', async () => {
    const renamed = recording(200, { id: 'b', title: 'Ny', createdAt: 'x' })
    expect((await renameBoard('b', 'Ny', 'tok', renamed.fetchFn)).ok).toBe(true)
    expect(renamed.calls[0]!.init.method).toBe('PATCH')
    expect(JSON.parse(String(renamed.calls[0]!.init.body))).toEqual({ title: 'Ny' })

    const copied = recording(201, { id: 'c', title: 'Kopi', createdAt: 'x', token: 'ct' })
    const copy = await duplicateBoard('b', 'Kopi', 'tok', {
      adminToken: 'admin',
      fetchFn: copied.fetchFn,
    })
    expect(copy).toMatchObject({ ok: true, value: { id: 'c', token: 'ct' } })
    expect(copied.calls[0]!.url).toBe('/api/boards/b/duplicate')
    expect(header(copied.calls[0]!.init, 'authorization')).toBe('Bearer tok')
    expect(header(copied.calls[0]!.init, 'x-samkart-admin-token')).toBe('admin')

    const deleted = recording(204)
    expect(await deleteBoard('b', 'tok', deleted.fetchFn)).toEqual({ ok: true, value: true })
    expect(deleted.calls[0]!.init.method).toBe('DELETE')
    expect(await deleteBoard('b', 'tok', json(403, { error: { code: 'forbidden_role' } }))).toEqual(
      { ok: false, error: { kind: 'http', status: 403, code: 'forbidden_role' } },
    )
  })

  it('reports refusals with their code, and network failures', async () => {
    expect(
      await createBoard('', '', {
        fetchFn: json(400, { error: { code: 'required', message: 'x' } }),
      }),
    ).toEqual({ ok: false, error: { kind: 'http', status: 400, code: 'required' } })
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    expect(await getBoard('b', 't', offline)).toEqual({ ok: false, error: { kind: 'network' } })
  })

  it('keeps only simple params from an error body', () => {
    expect(
      parseApiError(400, { error: { code: 'too_long', params: { max: 200, x: {} } } }),
    ).toEqual({
      kind: 'http',
      status: 400,
      code: 'too_long',
      params: { max: 200 },
    })
    expect(parseApiError(500, 'oops')).toEqual({ kind: 'http', status: 500 })
  })
})
