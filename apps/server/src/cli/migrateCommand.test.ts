import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import {
  PARTICIPANT_HEADER,
  VOTER_KEY_HEADER,
  type MyDots,
  type PublicVote,
  boardSnapshot,
  createActor,
  readActors,
  setBoardTitle,
} from '@samkart/model'
import * as Y from 'yjs'
import { SqliteStorage } from '../storage/SqliteStorage'
import { SqliteVoteStore } from '../votes/SqliteVoteStore'
import { refusedClient } from '../testing/clients'
import { freshDatabaseUrl } from '../testing/stores'
import { type TestServer, TestBed } from '../testing/TestBed'
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

/** Calls the voting API of a board as one participant's browser does. */
const voting =
  (server: TestServer, boardId: string, token: string) =>
  (path: string, key: string, init: { method?: string; body?: unknown } = {}) =>
    server.api(`/api/boards/${boardId}/votes${path}`, {
      token,
      headers: { [PARTICIPANT_HEADER]: 'participantKari001', [VOTER_KEY_HEADER]: key },
      ...init,
    })

describe('samkart migrate', () => {
  it('moves boards, logs, snapshots, versions, links and votes; links made before still open their boards', async () => {
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
    // A dot vote under way: its dots and the voter's key move too.
    const votingOld = voting(old, board.id, board.token)
    await waitFor(async () => {
      const started = await votingOld('', 'kari-secret-voter-key', {
        body: { title: 'Viktigst', itemSet: 'actors', dotsPerPerson: 2 },
      })
      return started.status === 201
    })
    const vote = (await (await votingOld('', 'kari-secret-voter-key')).json()) as {
      vote: PublicVote
    }
    const actorId = readActors(client.doc)[0]!.id
    const put = await votingOld(`/${vote.vote.id}/dots`, 'kari-secret-voter-key', {
      method: 'PUT',
      body: { dots: { [actorId]: 2 } },
    })
    expect(put.status).toBe(200)
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
    expect(result.out).toMatch(
      /moved 2 boards, 1 logged updates, \d+ versions, 4 share links and 1 votes/,
    )
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
    const votingMoved = voting(moved, board.id, board.token)
    const mine = (await (
      await votingMoved(`/${vote.vote.id}/mine`, 'kari-secret-voter-key')
    ).json()) as MyDots
    expect(mine).toEqual({ voteId: vote.vote.id, dots: { [actorId]: 2 }, left: 0 })
    expect((await votingMoved(`/${vote.vote.id}/mine`, 'another-voter-key-000')).status).toBe(403)
    // A link revoked before the move stays revoked.
    const refused = await refusedClient(moved.wsUrl, board.id, revoked.token)
    refused.destroy()
    expect(refused.code).toBe(4410)
  }, 90_000) // four servers, a migration and a refused client: slow on a loaded machine

  it("copies an instance's votes.sqlite into the database, once", async () => {
    const first = await bed.server()
    const board = await first.createBoard('Stemmer')
    await first.close()
    const folder = bed.tempDir()
    const file = SqliteVoteStore.open(folder, { standalone: true })
    await file.createVote({
      boardId: board.id,
      voteId: 'voteFromTheFile01',
      dotsPerPerson: 3,
      status: 'closed',
      endsAt: null,
      items: ['someActorId000001'],
    })
    // Votes of a board the database does not hold stay behind.
    await file.createVote({
      boardId: 'boardNotMigrated1',
      voteId: 'voteLeftBehind001',
      dotsPerPerson: 1,
      status: 'open',
      endsAt: null,
      items: [],
    })
    await file.claimVoter(
      board.id,
      'participantKari001',
      createHash('sha256').update('kari-secret-voter-key').digest('hex'),
    )
    await file.close()

    const url = first.databaseUrl
    expect(await migrate(['--votes-from', folder, '--to', url])).toMatchObject({
      code: 0,
      out: 'copied 1 votes of 1 boards\n',
    })
    expect((await migrate(['--votes-from', folder, '--to', url])).out).toBe(
      'copied 0 votes of 1 boards\n',
    )
    expect((await migrate(['--votes-from', bed.tempDir(), '--to', url])).code).toBe(1)
    expect((await migrate(['--votes-from', folder, '--from', folder, '--to', url])).code).toBe(2)

    // A server still finding the file says how to copy it.
    const next = await bed.server({ databaseUrl: url, dataDir: folder })
    expect(next.logs.join('\n')).toContain('votes.sqlite in the data folder is no longer read')
    const votingNext = voting(next, board.id, board.token)
    const mine = await votingNext('/voteFromTheFile01/mine', 'kari-secret-voter-key')
    expect(((await mine.json()) as MyDots).left).toBe(3)
    expect((await votingNext('/voteFromTheFile01/mine', 'another-voter-key-000')).status).toBe(403)
  })
})
