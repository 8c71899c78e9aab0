import { describe, expect, it } from 'vitest'
import { createBoard, listBoards, parseApiError, parseBoardSummary } from './boardsApi'

const json = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch

describe('boards API client', () => {
  it('parses summaries and skips malformed entries', async () => {
    const fetchFn = json(200, {
      boards: [{ id: 'a', title: 'A', createdAt: '2025-01-01T00:00:00Z' }, { id: 1 }],
    })
    expect(await listBoards(fetchFn)).toEqual({
      ok: true,
      value: [{ id: 'a', title: 'A', createdAt: '2025-01-01T00:00:00Z' }],
    })
    expect(parseBoardSummary(null)).toBeNull()
  })

  it('returns the created board', async () => {
    const board = { id: 'b', title: 'B', createdAt: '2025-01-01T00:00:00Z' }
    expect(await createBoard('B', '', json(201, board))).toEqual({ ok: true, value: board })
  })

  it('reports refusals with their code, and network failures', async () => {
    expect(
      await createBoard('', '', json(400, { error: { code: 'required', message: 'x' } })),
    ).toEqual({ ok: false, error: { kind: 'http', status: 400, code: 'required' } })
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    expect(await listBoards(offline)).toEqual({ ok: false, error: { kind: 'network' } })
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
