import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { exportJson, readBoardData } from '@samkart/export'
import { NOTES_MAX, readActors, readMeta, readRelations, validateBoard } from '@samkart/model'
import { DATABASE_FILE } from '../storage/SqliteStorage'
import { TestBed, readStoredBoard } from '../testing/TestBed'
import { IMPORT_BODY_BYTES } from './importBoard'

const bed = new TestBed()
afterEach(() => bed.cleanup())

/** A server with one template board, and that board's exported JSON file, parsed. */
async function setup() {
  const server = await bed.server()
  const res = await server.api('/api/boards', { body: { template: 'alvorlig-sykt-barn' } })
  const { id } = (await res.json()) as { id: string }
  const source = readStoredBoard(server.dataDir, id).doc
  const file = JSON.parse(exportJson(readBoardData(source))) as Record<string, unknown> & {
    version: number
    board: { actors: Record<string, unknown>[] }
  }
  return { server, source, file }
}

/** Boards in the server's SQLite file, read beside it (listing them needs the admin token). */
function boardCount(dataDir: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('POST /api/boards with an exported board file', () => {
  it('creates a new board holding the file, with a new id and the facilitator link', async () => {
    const { server, source, file } = await setup()
    const res = await server.api('/api/boards', { body: { import: file } })
    expect(res.status).toBe(201)
    const created = (await res.json()) as { id: string; title: string; token: string; role: string }
    expect(created).toMatchObject({
      title: 'Alvorlig sykt barn',
      role: 'facilitator',
      token: expect.any(String),
    })
    const stored = readStoredBoard(server.dataDir, created.id).doc
    expect(validateBoard(stored)).toEqual([])
    expect(readActors(stored).map((a) => a.name)).toEqual(readActors(source).map((a) => a.name))
    expect(readRelations(stored)).toHaveLength(readRelations(source).length)
    // Live clients of the new board see it too.
    const client = await server.client(created.id, created.token)
    expect(readActors(client.doc)).toHaveLength(readActors(source).length)
    const renamed = await server.api('/api/boards', { body: { title: 'Workshop 2', import: file } })
    expect(((await renamed.json()) as { title: string }).title).toBe('Workshop 2')
  })

  it('takes files larger than an ordinary request body', async () => {
    const { server, file } = await setup()
    for (const actor of file.board.actors) actor.notes = 'n'.repeat(NOTES_MAX)
    const body = JSON.stringify({ import: file })
    expect(body.length).toBeGreaterThan(64 * 1024)
    const res = await server.api('/api/boards', { body: { import: file } })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    expect(readActors(readStoredBoard(server.dataDir, id).doc)[0]!.notes).toHaveLength(NOTES_MAX)
  })

  it('refuses bad files with a clear code and creates nothing', async () => {
    const { server, file } = await setup()
    const before = boardCount(server.dataDir)
    /** Posts a JSON value, or raw text as the body, and returns the 400's error. */
    const refused = async (body: unknown, raw?: string) => {
      const res = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: raw ?? JSON.stringify(body),
      })
      expect(res.status).toBe(400)
      const answer = (await res.json()) as {
        error: { code: string; field?: string; params?: Record<string, unknown> }
      }
      return answer.error
    }
    expect(await refused({ import: { ...file, version: 99 } })).toMatchObject({
      code: 'future_version',
      params: { version: 99 },
    })
    expect(await refused({ import: { ...file, version: 0 } })).toMatchObject({
      code: 'unsupported_version',
    })
    expect(await refused({ import: { ...file, format: 'trello' } })).toMatchObject({
      code: 'not_board_file',
    })
    // A string is taken as the file's text, as the import also accepts.
    expect(await refused({ import: 'not an object' })).toMatchObject({ code: 'invalid_json' })
    expect(await refused({ import: [file] })).toMatchObject({ code: 'not_board_file' })
    const bad = structuredClone(file)
    bad.board.actors[2]!.substitutability = -1
    expect(await refused({ import: bad })).toMatchObject({
      code: 'invalid_board',
      field: 'board.actors[2].substitutability',
    })
    const hostile = structuredClone(file)
    hostile.board.actors[0]!.name = '<script>alert(1)</script>'.repeat(20)
    expect(await refused({ import: hostile })).toMatchObject({
      code: 'invalid_board',
      field: 'board.actors[0].name',
    })
    expect(await refused({ title: '', import: file })).toMatchObject({
      code: 'invalid_board',
      field: 'title',
    })
    expect(await refused(undefined, '{"import": {"format": "samkart-board", ')).toMatchObject({
      code: 'invalid_json',
    })
    const huge = `{"import": {"format": "samkart-board", "padding": "${'x'.repeat(IMPORT_BODY_BYTES)}"}}`
    expect(await refused(undefined, huge)).toMatchObject({ code: 'body_too_large' })
    expect(boardCount(server.dataDir)).toBe(before)
  })

  it('keeps hostile text that fits the model as plain text', async () => {
    const { server, file } = await setup()
    file.board.actors[0]!.name = '<img src=x onerror=alert(1)>'
    const res = await server.api('/api/boards', { body: { import: file } })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const stored = readStoredBoard(server.dataDir, id).doc
    expect(readActors(stored).map((a) => a.name)).toContain('<img src=x onerror=alert(1)>')
    expect(readMeta(stored).title).toBe('Alvorlig sykt barn')
  })
})

describe('POST /api/boards: imports are limited and run off the event loop', () => {
  it('refuses more entities of a kind than a board may hold, and files nested too deep', async () => {
    const { server, file } = await setup()
    const limited = await bed.server({ maxEntities: 3 })
    const res = await limited.api('/api/boards', { body: { import: file } })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      code: 'too_many_entities',
      field: 'board.actors',
      params: { list: 'actors', count: file.board.actors.length, max: 3 },
    })
    for (const levels of [100, 200_000]) {
      const deep = `{"import": ${'['.repeat(levels)}${']'.repeat(levels)}}`
      const refused = await fetch(`${server.url}/api/boards`, { method: 'POST', body: deep })
      expect(refused.status).toBe(400)
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too_deep')
    }
  })

  it('answers 503 server_busy with Retry-After when every worker is busy and the queue is full', async () => {
    const server = await bed.server({ workers: 1, workQueue: 0 })
    const { file } = await setup()
    const answers = await Promise.all(
      [1, 2].map(() => server.api('/api/boards', { body: { import: file } })),
    )
    const statuses = answers.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 503])
    const busy = answers.find((r) => r.status === 503)!
    expect(busy.headers.get('retry-after')).toBe('5')
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('server_busy')
  })
})
