import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { createActor, readActors } from '@samkart/model'
import { DATABASE_FILE } from '../storage/SqliteStorage'
import { nextClose, refusedClient } from '../testing/clients'
import { STORE_KINDS } from '../testing/stores'
import { type TestServer, TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'

/** Swaps the payload of a genuine token, keeping its signature. */
const withPayload = (token: string, change: (payload: Record<string, unknown>) => void) => {
  const [part, signature] = token.split('.') as [string, string]
  const payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  change(payload)
  return `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`
}

describe.each(STORE_KINDS)('tokens on the sync socket (%s)', (store) => {
  const bed = new TestBed(store)
  afterEach(() => bed.cleanup())

  /** Refuses like a stock client sees it: code, reason, and whether it keeps retrying. */
  const refusal = async (...args: Parameters<typeof refusedClient>) => {
    const refused = await refusedClient(...args)
    bed.onCleanup(refused.destroy)
    return { code: refused.code, reason: refused.reason, retrying: refused.retrying }
  }

  it('refuses a missing, malformed or forged token with 4401, and the client stops retrying', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const invalid = { code: 4401, reason: 'token_invalid', retrying: false }
    expect(await refusal(server.wsUrl, board.id, null)).toEqual(invalid)
    expect(await refusal(server.wsUrl, board.id, 'not-a-token')).toEqual(invalid)
    const viewer = await server.link(board.id, 'viewer')
    const promoted = withPayload(viewer, (p) => (p.r = 'facilitator'))
    expect(await refusal(server.wsUrl, board.id, promoted)).toEqual(invalid)
    // A token from another server (another secret) for a board with the same id.
    const other = await bed.server()
    const foreign = withPayload((await other.createBoard()).token, (p) => (p.b = board.id))
    expect(await refusal(server.wsUrl, board.id, foreign)).toEqual(invalid)
    expect(server.logs.some((l) => l.includes('connection refused: the token is malformed'))).toBe(
      true,
    )
    // Tokens are secrets: they never reach the log.
    for (const token of [board.token, viewer, promoted])
      expect(server.logs.join('\n')).not.toContain(token)
    expect(server.loadedBoards()).toEqual([])
  })

  it('refuses a valid token on another board with 4403, without loading that board', async () => {
    const server = await bed.server()
    const a = await server.createBoard('A')
    const b = await server.createBoard('B')
    expect(await refusal(server.wsUrl, b.id, a.token)).toEqual({
      code: 4403,
      reason: 'token_wrong_board',
      retrying: false,
    })
    expect(await refusal(server.wsUrl, 'NoSuchBoard', a.token)).toMatchObject({ code: 4403 })
    expect(server.loadedBoards()).toEqual([])
  })

  it('closes the live connections of a revoked link with 4410 and refuses it from then on', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const facilitator = await server.client(board.id)
    const res = await server.api(`/api/boards/${board.id}/links`, {
      token: board.token,
      body: { role: 'editor' },
    })
    const link = (await res.json()) as { id: string; token: string }
    const editor = await server.client(board.id, link.token)
    const editor2 = await server.client(board.id, link.token)
    const viewer = await server.client(board.id, await server.link(board.id, 'viewer'))
    const closed = [nextClose(editor.provider), nextClose(editor2.provider)]

    const revoked = await server.api(`/api/boards/${board.id}/links/${link.id}`, {
      method: 'DELETE',
      token: board.token,
    })
    expect(revoked.status).toBe(204)
    expect(await Promise.all(closed)).toEqual([
      { code: 4410, reason: 'token_revoked' },
      { code: 4410, reason: 'token_revoked' },
    ])
    await waitFor(() => !editor.provider.shouldConnect, { what: 'the editor to give up' })
    expect(await refusal(server.wsUrl, board.id, link.token)).toEqual({
      code: 4410,
      reason: 'token_revoked',
      retrying: false,
    })
    // Everyone else carries on.
    createActor(facilitator.doc, { name: 'Fortsatt her' })
    await waitFor(() => readActors(viewer.doc).length === 1)
    expect(facilitator.provider.wsconnected && viewer.provider.wsconnected).toBe(true)
  })

  it('closes live connections with 4419 when their link expires, and refuses it afterwards', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const expiresAt = Date.now() + 1200
    const token = await server.link(board.id, 'editor', new Date(expiresAt).toISOString())
    const editor = await server.client(board.id, token)
    const facilitator = await server.client(board.id)
    expect(await nextClose(editor.provider)).toEqual({ code: 4419, reason: 'token_expired' })
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt)
    expect(await refusal(server.wsUrl, board.id, token)).toEqual({
      code: 4419,
      reason: 'token_expired',
      retrying: false,
    })
    expect(facilitator.provider.wsconnected).toBe(true)
  })

  it('closes every client of a deleted board with 4404 and removes all its data', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Slettes')
    const kept = await server.createBoard('Blir')
    const a = await server.client(board.id)
    const b = await server.client(board.id, await server.link(board.id, 'viewer'))
    const other = await server.client(kept.id)
    createActor(a.doc, { name: 'Borte snart' })
    await waitFor(() => readActors(b.doc).length === 1)
    const closed = [a, b].map(
      (c) =>
        new Promise<{ code: number; reason: string }>((resolve) =>
          c.provider.on('closed', (event) => resolve(event)),
        ),
    )

    const res = await server.api(`/api/boards/${board.id}`, {
      method: 'DELETE',
      token: board.token,
    })
    expect(res.status).toBe(204)
    expect(await Promise.all(closed)).toEqual([
      { code: 4404, reason: 'board_deleted' },
      { code: 4404, reason: 'board_deleted' },
    ])
    expect(await refusal(server.wsUrl, board.id, board.token)).toMatchObject({
      code: 4404,
      retrying: false,
    })

    for (const table of ['boards', 'snapshots', 'updates', 'share_links']) {
      const column = table === 'boards' ? 'id' : 'board_id'
      const count = (id: string) => countRows(server, table, column, id)
      expect(await count(board.id), table).toBe(0)
      if (table !== 'updates') expect(await count(kept.id), table).toBe(1)
    }
    expect(server.loadedBoards()).toEqual([kept.id])
    createActor(other.doc, { name: 'Uberørt' })
    await waitFor(() => readActors(other.doc).length === 1)
    expect(other.provider.wsconnected).toBe(true)
  })
})

/** Rows of `table` whose `column` is `id`, in whichever store the server uses. */
async function countRows(server: TestServer, table: string, column: string, id: string) {
  const sql = `SELECT count(*) AS n FROM ${table} WHERE ${column} = `
  if (server.databaseUrl === '') {
    const db = new Database(join(server.dataDir, DATABASE_FILE), { readonly: true })
    try {
      return (db.prepare(`${sql}?`).get(id) as { n: number }).n
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: server.databaseUrl })
  await client.connect()
  try {
    return Number((await client.query<{ n: string }>(`${sql}$1`, [id])).rows[0]!.n)
  } finally {
    await client.end()
  }
}
