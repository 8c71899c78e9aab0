import { afterEach, describe, expect, it } from 'vitest'
import { boardSnapshot, createActor, setBoardTitle } from '@samkart/model'
import * as Y from 'yjs'
import { SqliteStorage } from '../storage/SqliteStorage'
import { refusedClient } from '../testing/clients'
import { freshDatabaseUrl } from '../testing/stores'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'
import type { CommandIo } from './exportCommand'
import { migrateCommand } from './migrateCommand'

// SQLite servers make the folder; the bed's PostgreSQL receives it.
const bed = new TestBed('postgres')
afterEach(() => bed.cleanup())

async function migrate(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = {
    env: {},
    cwd: bed.tempDir(),
    stdout: (d) => out.push(typeof d === 'string' ? d : new TextDecoder().decode(d)),
    stderr: (l) => err.push(l),
  }
  const code = await migrateCommand(argv, io)
  return { code, out: out.join(''), err: err.join('\n') }
}

describe('samkart migrate', () => {
  it('moves boards, logs, snapshots, versions and links; links made before still open their boards', async () => {
    const old = await bed.server({ databaseUrl: '', compactEvery: 1000 })
    const board = await old.createBoard('Flyttes')
    const other = await old.createBoard('Også')
    const viewerToken = await old.link(board.id, 'viewer')
    const revokedRes = await old.api(`/api/boards/${board.id}/links`, {
      token: board.token,
      body: { role: 'editor' },
    })
    const revoked = (await revokedRes.json()) as { id: string; token: string }
    await old.api(`/api/boards/${board.id}/links/${revoked.id}`, {
      method: 'DELETE',
      token: board.token,
    })
    const client = await old.client(board.id)
    createActor(client.doc, { name: 'Før versjonen' })
    const versions = `/api/boards/${board.id}/versions`
    await waitFor(
      async () =>
        (await old.api(versions, { token: board.token, body: { name: 'Workshop' } })).status ===
        201,
    )
    setBoardTitle(client.doc, 'Flyttet')
    await waitFor(
      async () =>
        (
          (await old
            .api(`/api/boards/${board.id}`, { token: board.token })
            .then((r) => r.json())) as { title: string }
        ).title === 'Flyttet',
    )
    client.destroy()
    // A running server holds the folder: the command refuses rather than copy a moving target.
    const url = await freshDatabaseUrl()
    expect((await migrate(['--from', old.dataDir, '--to', url])).code).toBe(1)
    await old.close()
    // A stopped server compacts; one update left in the log, as after a crash.
    const sqlite = SqliteStorage.open(old.dataDir)
    const doc = new Y.Doc()
    const stored = (await sqlite.loadBoard(board.id))!
    Y.applyUpdate(doc, Y.mergeUpdates([stored.snapshot!, ...stored.updates]))
    const before = Y.encodeStateVector(doc)
    createActor(doc, { name: 'Bare i loggen' })
    await sqlite.appendUpdate(board.id, Y.encodeStateAsUpdate(doc, before))
    await sqlite.close()
    const expected = boardSnapshot(doc)

    const result = await migrate(['--from', old.dataDir, '--to', url])
    expect(result).toMatchObject({ code: 0, err: '' })
    expect(result.out).toMatch(/moved 2 boards, 1 logged updates, \d+ versions and 4 share links/)
    // Into an empty database only.
    expect((await migrate(['--from', old.dataDir, '--to', url])).code).toBe(1)

    const moved = await bed.server({ databaseUrl: url })
    const viewer = await moved.client(board.id, viewerToken)
    expect(boardSnapshot(viewer.doc)).toEqual(expected)
    const facilitator = await moved.client(other.id, other.token)
    expect(facilitator.provider.wsconnected).toBe(true)
    const listed = (await (await moved.api(versions, { token: board.token })).json()) as {
      versions: { name: string }[]
    }
    expect(listed.versions.map((v) => v.name)).toContain('Workshop')
    const titles = (await (
      await moved.api(`/api/boards/${board.id}`, { token: board.token })
    ).json()) as { title: string }
    expect(titles.title).toBe('Flyttet')
    // A link revoked before the move stays revoked.
    const refused = await refusedClient(moved.wsUrl, board.id, revoked.token)
    refused.destroy()
    expect(refused.code).toBe(4410)
  }, 90_000) // four servers, a migration and a refused client: slow on a loaded machine
})
