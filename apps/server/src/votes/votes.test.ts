import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import {
  PARTICIPANT_HEADER,
  VOTER_KEY_HEADER,
  type MyDots,
  type PublicVote,
  createActor,
  latestVote,
  readTimer,
} from '@samkart/model'
import { sharedRedis } from '../testing/services'
import { STORE_KINDS, freshDatabaseUrl } from '../testing/stores'
import { TestBed, type TestServer } from '../testing/TestBed'
import { syncStep1Message } from '../testing/messages'
import { waitFor } from '../testing/waitFor'

const ALICE = 'participantAlice01'
const BOB = 'participantBob0001'
const CARL = 'participantCarl001'

/** A board on `server` with three actors and a facilitator, an editor and a viewer link. */
async function votingBoard(server: TestServer) {
  const board = await server.createBoard()
  const facilitator = await server.client(board.id, undefined, ALICE)
  const actors = ['NAV', 'Helsenorge', 'Kommunen'].map((name) => {
    const made = createActor(facilitator.doc, { name })
    if (!made.ok) throw new Error(made.error.message)
    return made.value
  })
  const editorToken = await server.link(board.id, 'editor')
  const viewerToken = await server.link(board.id, 'viewer')
  const editor = await server.client(board.id, editorToken, BOB)
  await waitFor(() => editor.doc.getMap('actors').size === 3, {
    what: 'actors to reach the editor',
  })
  const api = (
    path: string,
    token: string,
    pid: string,
    init: { method?: string; body?: unknown; key?: string } = {},
  ) =>
    server.api(`/api/boards/${board.id}${path}`, {
      token,
      // Each participant's browser keeps a key of its own beside its id.
      headers: { [PARTICIPANT_HEADER]: pid, [VOTER_KEY_HEADER]: init.key ?? keyOf(pid) },
      method: init.method,
      body: init.body,
    })
  const start = async (extra: Record<string, unknown> = {}) => {
    const res = await api('/votes', board.token, ALICE, {
      body: { title: 'Hvem er viktigst?', itemSet: 'actors', dotsPerPerson: 3, ...extra },
    })
    expect(res.status).toBe(201)
    return (await res.json()) as PublicVote
  }
  const dots = (voteId: string, token: string, pid: string, allocation: Record<string, number>) =>
    api(`/votes/${voteId}/dots`, token, pid, { method: 'PUT', body: { dots: allocation } })
  const mine = async (voteId: string, token: string, pid: string) =>
    (await (await api(`/votes/${voteId}/mine`, token, pid)).json()) as MyDots
  return {
    server,
    board,
    facilitator,
    editor,
    actors,
    editorToken,
    viewerToken,
    api,
    start,
    dots,
    mine,
  }
}

/** The voter key each test participant's browser keeps. */
const keyOf = (pid: string) => `${pid}-secret-key`

const errorCode = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code

const droppedWrites = async (server: TestServer, id: string) =>
  (
    (await (await server.api(`/api/boards/${id}`, { token: server.tokenOf(id) })).json()) as {
      droppedWrites: number
    }
  ).droppedWrites

/** Every Yjs update a raw socket received, applied to one doc, and the raw bytes as text. */
function decodeRaw(received: readonly Uint8Array[]) {
  const doc = new Y.Doc()
  for (const message of received) {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== 0) continue // not a sync message
    const step = decoding.readVarUint(decoder)
    if (step === 0) continue // the server's sync step 1: a state vector
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
  }
  return { doc, text: received.map((m) => Buffer.from(m).toString('latin1')).join('') }
}

describe.each(STORE_KINDS)('dot voting (%s)', (store) => {
  const bed = new TestBed(store)
  afterEach(() => bed.cleanup())

  it('refuses dots beyond the limit, unknown items and calls without a participant', async () => {
    const { board, actors, editorToken, start, dots, api } = await votingBoard(await bed.server())
    const vote = await start()
    const over = await dots(vote.id, editorToken, BOB, { [actors[0]!]: 2, [actors[1]!]: 2 })
    expect(over.status).toBe(400)
    expect(await errorCode(over)).toBe('too_many_dots')
    const unknown = await dots(vote.id, editorToken, BOB, { someOtherThing: 1 })
    expect(await errorCode(unknown)).toBe('unknown_item')
    const fine = await dots(vote.id, editorToken, BOB, { [actors[0]!]: 2, [actors[1]!]: 1 })
    expect(fine.status).toBe(200)
    expect(((await fine.json()) as MyDots).left).toBe(0)
    const anonymous = await api(`/votes/${vote.id}/mine`, editorToken, '')
    expect(await errorCode(anonymous)).toBe('participant_missing')
    const second = await api('/votes', board.token, ALICE, {
      body: { title: 'To på en gang', itemSet: 'actors', dotsPerPerson: 1 },
    })
    expect(second.status).toBe(409)
  })

  it("sends no participant another's dots before reveal, then the totals to everyone", async () => {
    const {
      server,
      board,
      facilitator,
      editor,
      actors,
      editorToken,
      viewerToken,
      start,
      dots,
      mine,
    } = await votingBoard(await bed.server())
    const raw = await server.raw(board.id, {}, viewerToken)
    raw.send(syncStep1Message())
    const vote = await start()
    expect((await dots(vote.id, editorToken, BOB, { [actors[0]!]: 3 })).status).toBe(200)
    expect(
      (await dots(vote.id, board.token, ALICE, { [actors[0]!]: 1, [actors[2]!]: 2 })).status,
    ).toBe(200)
    // Everyone learns that two people voted, nothing more.
    await waitFor(() => latestVote(facilitator.doc)?.voters === 2, { what: 'the voter count' })
    await waitFor(() => decodeRaw(raw.received).doc.getMap('votes').get(`${vote.id}/voters`) === 2)
    const seen = decodeRaw(raw.received)
    expect(latestVote(seen.doc)).toMatchObject({ status: 'open', totals: {} })
    expect(
      [...seen.doc.getMap('votes').keys()].filter((k) => !k.includes('/item/')).sort(),
    ).toEqual(
      ['createdAt', 'dotsPerPerson', 'endsAt', 'itemSet', 'journeyId', 'status', 'title', 'voters']
        .map((f) => `${vote.id}/${f}`)
        .sort(),
    )
    for (const pid of [ALICE, BOB]) expect(seen.text).not.toContain(pid)
    expect(seen.text).not.toContain('total/')
    // Over HTTP each sees only their own dots.
    expect(await mine(vote.id, viewerToken, CARL)).toEqual({ voteId: vote.id, dots: {}, left: 3 })
    expect((await mine(vote.id, editorToken, BOB)).dots).toEqual({ [actors[0]!]: 3 })

    const closed = await server.api(`/api/boards/${board.id}/votes/${vote.id}/close`, {
      method: 'POST',
      token: board.token,
    })
    expect(closed.status).toBe(200)
    expect(decodeRaw(raw.received).text).not.toContain('total/')
    expect((await dots(vote.id, editorToken, BOB, {})).status).toBe(409)
    const revealed = await server.api(`/api/boards/${board.id}/votes/${vote.id}/reveal`, {
      method: 'POST',
      token: board.token,
    })
    expect(((await revealed.json()) as PublicVote).totals).toEqual({
      [actors[0]!]: 4,
      [actors[1]!]: 0,
      [actors[2]!]: 2,
    })
    for (const doc of [editor.doc, facilitator.doc])
      await waitFor(() => latestVote(doc)?.status === 'revealed', { what: 'the reveal' })
    expect(latestVote(editor.doc)!.totals[actors[0]!]).toBe(4)
    await waitFor(() => latestVote(decodeRaw(raw.received).doc)?.totals[actors[2]!] === 2)
  })

  it('keeps a participant’s dots across reconnects', async () => {
    const { server, board, actors, editorToken, start, dots, mine, editor } = await votingBoard(
      await bed.server(),
    )
    const vote = await start()
    await dots(vote.id, editorToken, BOB, { [actors[1]!]: 2 })
    editor.destroy()
    const again = await server.client(board.id, editorToken, BOB)
    expect(again.provider.synced).toBe(true)
    expect(await mine(vote.id, editorToken, BOB)).toEqual({
      voteId: vote.id,
      dots: { [actors[1]!]: 2 },
      left: 1,
    })
  })

  it('lets only the facilitator start, close and reveal, and viewers vote', async () => {
    const { actors, editorToken, viewerToken, start, dots, api } = await votingBoard(
      await bed.server(),
    )
    for (const token of [editorToken, viewerToken]) {
      const started = await api('/votes', token, BOB, {
        body: { title: 'Nei', itemSet: 'actors', dotsPerPerson: 1 },
      })
      expect(started.status).toBe(403)
    }
    const vote = await start()
    for (const token of [editorToken, viewerToken])
      for (const action of ['close', 'reveal']) {
        const res = await api(`/votes/${vote.id}/${action}`, token, BOB, { method: 'POST' })
        expect(res.status).toBe(403)
      }
    expect((await dots(vote.id, viewerToken, CARL, { [actors[0]!]: 1 })).status).toBe(200)
  })

  it('closes a vote by itself at its end time', async () => {
    const { server, facilitator, actors, editorToken, start, dots } = await votingBoard(
      await bed.server(),
    )
    const now = ((await (await server.api('/api/time')).json()) as { now: number }).now
    const vote = await start({ endsAt: now + 300 })
    await waitFor(() => latestVote(facilitator.doc)?.status === 'closed', { what: 'the end time' })
    const late = await dots(vote.id, editorToken, BOB, { [actors[0]!]: 1 })
    expect(late.status).toBe(409)
    expect(await errorCode(late)).toBe('vote_closed')
  })

  it('closes at start a vote whose end time passed while the server was down', async () => {
    const { server, board, start, api } = await votingBoard(await bed.server())
    const now = ((await (await server.api('/api/time')).json()) as { now: number }).now
    const vote = await start({ endsAt: now + 60_000 })
    const listed = (await (await api('/votes', board.token, ALICE)).json()) as { vote: PublicVote }
    expect(listed.vote).toMatchObject({ id: vote.id, status: 'open', endsAt: now + 60_000 })
    await server.close()
    // The next server's clock is a minute ahead: the end time passed while none was running.
    const next = await bed.server({
      dataDir: server.dataDir,
      databaseUrl: server.databaseUrl,
      now: () => new Date(now + 120_000),
    })
    const client = await next.client(board.id, board.token)
    await waitFor(() => latestVote(client.doc)?.status === 'closed', { what: 'the overdue close' })
  })

  it("drops a client's own writes to votes and timer, counted like a viewer's", async () => {
    const { server, board, editor, editorToken } = await votingBoard(await bed.server())
    // Their own clients: a client whose write was dropped holds it, and its later edits build on it.
    const cheatingEditor = await server.client(board.id, editorToken, CARL)
    const cheatingFacilitator = await server.client(board.id, undefined, CARL)
    cheatingEditor.doc.getMap('votes').set('fakeVote/title', 'Juks')
    cheatingFacilitator.doc.getMap('timer').set('status', 'running')
    await waitFor(async () => (await droppedWrites(server, board.id)) === 2, {
      what: 'two dropped writes',
    })
    // An accepted edit afterwards reaches a fresh client; the dropped ones never do.
    createActor(editor.doc, { name: 'Etterpå' })
    const fresh = await server.client(board.id)
    await waitFor(() => fresh.doc.getMap('actors').size === 4)
    expect(fresh.doc.getMap('votes').size).toBe(0)
    expect(readTimer(fresh.doc).status).toBe('stopped')
    expect(editor.provider.wsconnected).toBe(true)
  })

  describe('voter keys', () => {
    it("lets nobody read or change another participant's dots by sending their id", async () => {
      const { server, board, actors, editorToken, viewerToken, start, dots, api } =
        await votingBoard(await bed.server())
      const vote = await start()
      expect((await dots(vote.id, editorToken, BOB, { [actors[0]!]: 2 })).status).toBe(200)
      // Someone who saw Bob's participant id in the room tries it with their own key.
      const peek = await api(`/votes/${vote.id}/mine`, viewerToken, BOB, {
        key: 'a-guessed-key-0001',
      })
      expect(peek.status).toBe(403)
      expect(await errorCode(peek)).toBe('voter_key_mismatch')
      const overwrite = await api(`/votes/${vote.id}/dots`, viewerToken, BOB, {
        method: 'PUT',
        body: { dots: {} },
        key: 'a-guessed-key-0001',
      })
      expect(overwrite.status).toBe(403)
      const noKey = await server.api(`/api/boards/${board.id}/votes/${vote.id}/mine`, {
        token: editorToken,
        headers: { [PARTICIPANT_HEADER]: BOB },
      })
      expect(await errorCode(noKey)).toBe('voter_key_missing')
      const own = (await (await api(`/votes/${vote.id}/mine`, editorToken, BOB)).json()) as MyDots
      expect(own.dots).toEqual({ [actors[0]!]: 2 })
    })
  })
})

describe('dot votes across instances (PostgreSQL and Redis)', () => {
  const bed = new TestBed('postgres')
  afterEach(() => bed.cleanup())

  /** Two instances on one database and one Redis, as behind a load balancer. */
  async function twoInstances(): Promise<[TestServer, TestServer]> {
    const databaseUrl = await freshDatabaseUrl()
    const redisUrl = (await sharedRedis()).url
    return [
      await bed.server({ databaseUrl, redisUrl }),
      await bed.server({ databaseUrl, redisUrl }),
    ]
  }

  it('shares votes, dots and voter keys, and opens one vote per board when starts race', async () => {
    const [a, b] = await twoInstances()
    const { board, actors, editorToken } = await votingBoard(a)
    /** The voting API of this board through `server`, as a participant's browser calls it. */
    const on =
      (server: TestServer) =>
      (path: string, token: string, pid: string, init: { method?: string; body?: unknown } = {}) =>
        server.api(`/api/boards/${board.id}/votes${path}`, {
          token,
          headers: { [PARTICIPANT_HEADER]: pid, [VOTER_KEY_HEADER]: keyOf(pid) },
          ...init,
        })
    const [apiA, apiB] = [on(a), on(b)]
    // The board loaded on both, so the two starts below run side by side.
    const watcher = await b.client(board.id, board.token, CARL)
    const body = { title: 'Hvem er viktigst?', itemSet: 'actors', dotsPerPerson: 3 }
    // Each instance's room queue orders only its own requests: the database decides.
    const starts = await Promise.all([
      apiA('', board.token, ALICE, { body }),
      apiB('', board.token, ALICE, { body }),
    ])
    expect(starts.map((r) => r.status).sort()).toEqual([201, 409])
    const vote = (await starts.find((r) => r.status === 201)!.json()) as PublicVote

    const put = (api: typeof apiA, token: string, pid: string, dots: Record<string, number>) =>
      api(`/${vote.id}/dots`, token, pid, { method: 'PUT', body: { dots } })
    expect((await put(apiB, editorToken, BOB, { [actors[0]!]: 2 })).status).toBe(200)
    expect((await put(apiA, board.token, ALICE, { [actors[1]!]: 3 })).status).toBe(200)
    // Bob reads his dots back through the other instance; his key is bound there too.
    const mine = (await (await apiA(`/${vote.id}/mine`, editorToken, BOB)).json()) as MyDots
    expect(mine).toEqual({ voteId: vote.id, dots: { [actors[0]!]: 2 }, left: 1 })
    const peek = await a.api(`/api/boards/${board.id}/votes/${vote.id}/mine`, {
      token: editorToken,
      headers: { [PARTICIPANT_HEADER]: BOB, [VOTER_KEY_HEADER]: 'a-guessed-key-0001' },
    })
    expect(peek.status).toBe(403)

    // Closed through one instance, it takes no dots through the other.
    expect((await apiB(`/${vote.id}/close`, board.token, ALICE, { method: 'POST' })).status).toBe(
      200,
    )
    const late = await put(apiA, editorToken, BOB, { [actors[2]!]: 1 })
    expect(await errorCode(late)).toBe('vote_closed')
    const revealed = await apiA(`/${vote.id}/reveal`, board.token, ALICE, { method: 'POST' })
    expect((await revealed.json()) as PublicVote).toMatchObject({
      status: 'revealed',
      voters: 2,
      totals: { [actors[0]!]: 2, [actors[1]!]: 3, [actors[2]!]: 0 },
    })
    await waitFor(() => latestVote(watcher.doc)?.status === 'revealed', {
      what: 'the reveal on the other instance',
    })
    expect(latestVote(watcher.doc)!.totals[actors[1]!]).toBe(3)
  })

  it('closes at its end time a vote whose instance stopped before it', async () => {
    const databaseUrl = await freshDatabaseUrl()
    const redisUrl = (await sharedRedis()).url
    const a = await bed.server({ databaseUrl, redisUrl })
    // Started before the vote: only its regular look at the deadlines can find it.
    const b = await bed.server({ databaseUrl, redisUrl, votePollMs: 100 })
    const { board, start } = await votingBoard(a)
    const watcher = await b.client(board.id, board.token, CARL)
    const now = ((await (await a.api('/api/time')).json()) as { now: number }).now
    const vote = await start({ endsAt: now + 1_500 })
    await waitFor(() => latestVote(watcher.doc)?.id === vote.id, { what: 'the vote on b' })
    await a.close()
    await waitFor(() => latestVote(watcher.doc)?.status === 'closed', {
      what: 'the other instance to close the vote at its end time',
    })
  })
})

describe('shared timer', () => {
  const bed = new TestBed()
  afterEach(() => bed.cleanup())

  it('starts, pauses, extends, resumes and stops for the facilitator only', async () => {
    const { server, board, editor, editorToken, viewerToken } = await votingBoard(
      await bed.server(),
    )
    const timer = (body: unknown, token = board.token) =>
      server.api(`/api/boards/${board.id}/timer`, { token, body })
    for (const token of [editorToken, viewerToken])
      expect((await timer({ action: 'start', durationMs: 60_000 }, token)).status).toBe(403)
    expect((await timer({ action: 'pause' })).status).toBe(409)
    expect((await timer({ action: 'start', durationMs: 5 })).status).toBe(400)
    expect((await timer({ action: 'start', durationMs: 600_000 })).status).toBe(200)
    await waitFor(() => readTimer(editor.doc).status === 'running', { what: 'the timer to run' })
    const paused = await timer({ action: 'pause' })
    const remaining = ((await paused.json()) as { remainingMs: number }).remainingMs
    expect(remaining).toBeLessThanOrEqual(600_000)
    expect((await timer({ action: 'extend', minutes: 2 })).status).toBe(200)
    await waitFor(() => readTimer(editor.doc).remainingMs === remaining + 120_000)
    expect(readTimer(editor.doc)).toMatchObject({ status: 'paused', durationMs: 720_000 })
    expect((await timer({ action: 'resume' })).status).toBe(200)
    await waitFor(() => readTimer(editor.doc).status === 'running')
    expect((await timer({ action: 'stop' })).status).toBe(200)
    await waitFor(() => readTimer(editor.doc).status === 'stopped')
    expect((await timer({ action: 'nap' })).status).toBe(400)
  })

  it('tells the time without a token', async () => {
    const server = await bed.server()
    const res = await server.api('/api/time')
    expect(res.status).toBe(200)
    expect(typeof ((await res.json()) as { now: number }).now).toBe('number')
  })
})
