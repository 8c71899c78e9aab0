import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addPhase,
  addTouchpoint,
  boardSnapshot,
  createActor,
  createJourney,
  createRelation,
  deleteActor,
  moveActor,
  parseBoardVersion,
  readActors,
  updateDangerSignal,
} from '@samkart/model'
import { connectClient } from '../testing/clients'
import { STORE_KINDS, freshDatabaseUrl } from '../testing/stores'
import { TestBed } from '../testing/TestBed'
import { startServerProcess } from '../testing/serverProcess'
import { waitFor } from '../testing/waitFor'

const must = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected success')
  return r.value
}
const json = async (res: Response) => (await res.json()) as Record<string, unknown>
const versionsOf = async (res: Response) =>
  ((await json(res)).versions as unknown[]).map((v) => parseBoardVersion(v)!)

describe.each(STORE_KINDS)('version history (%s)', (store) => {
  const bed = new TestBed(store)
  afterEach(() => bed.cleanup())

  it('makes a named version with its author and a summary of the changes', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const a = await server.client(board.id)
    const nav = must(createActor(a.doc, { name: 'NAV', importance: 0.9, substitutability: 0.1 }))
    createActor(a.doc, { name: 'Kommunen' })
    const editor = await server.link(board.id, 'editor')
    await waitFor(async () => (await server.client(board.id)).doc.getMap('actors').size === 2)

    const res = await api(`/api/boards/${board.id}/versions`, {
      token: editor,
      body: { name: '  Før workshop 2 ', author: 'Kari' },
    })
    expect(res.status).toBe(201)
    const first = parseBoardVersion(await res.json())!
    expect(first).toMatchObject({
      kind: 'named',
      name: 'Før workshop 2',
      by: { role: 'editor', name: 'Kari' },
    })
    expect(first.summary.actorsAdded).toBe(2)

    moveActor(a.doc, nav, { importance: 0.2, substitutability: 0.9 })
    await waitFor(async () => {
      const b = await server.client(board.id)
      return readActors(b.doc).find((x) => x.id === nav)!.importance === 0.2
    })
    const second = parseBoardVersion(
      await (await api(`/api/boards/${board.id}/versions`, { body: { name: 'Etter' } })).json(),
    )!
    expect(second.summary).toMatchObject({ actorsAdded: 0, actorsMoved: 1, actorsRecategorised: 1 })

    const listed = await versionsOf(await api(`/api/boards/${board.id}/versions`))
    expect(listed.map((v) => v.name)).toEqual(['Etter', 'Før workshop 2'])
    // The summaries came from the worker threads, off the event loop.
    expect(server.logs.join('\n')).not.toContain('summary on a worker failed')
  })

  it('refuses bad names, viewers and unknown versions with clear errors', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const path = `/api/boards/${board.id}/versions`
    const blank = await api(path, { body: { name: '   ' } })
    expect(blank.status).toBe(400)
    expect(await json(blank)).toMatchObject({ error: { code: 'invalid_version_name' } })
    expect((await api(path, { body: { name: 'x'.repeat(81) } })).status).toBe(400)
    expect((await api(path, { body: { name: 'ok', author: 7 } })).status).toBe(400)
    expect((await api(path, { body: ['not', 'an', 'object'] })).status).toBe(400)

    const viewer = await server.link(board.id, 'viewer')
    const editor = await server.link(board.id, 'editor')
    expect((await api(path, { token: viewer })).status).toBe(403)
    expect((await api(path, { token: viewer, body: { name: 'x' } })).status).toBe(403)
    const made = parseBoardVersion(await (await api(path, { body: { name: 'A' } })).json())!
    const restore = `${path}/${made.id}/restore`
    expect((await api(restore, { token: editor, body: {} })).status).toBe(403)
    expect((await api(restore, { token: viewer, body: {} })).status).toBe(403)
    expect((await api(`${path}/nope/restore`, { body: {} })).status).toBe(404)
    expect((await api(`${path}/nope/state`)).status).toBe(404)
    expect((await api(path, { token: null })).status).toBe(401)
    expect((await api(`${path}/${made.id}/restore`)).status).toBe(405)
  })

  it('lets viewers browse when the server allows it', async () => {
    const server = await bed.server({ historyViewers: 'yes' })
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const viewer = await server.link(board.id, 'viewer')
    const path = `/api/boards/${board.id}/versions`
    expect((await api(path, { token: viewer })).status).toBe(200)
    expect((await api(path, { token: viewer, body: { name: 'x' } })).status).toBe(403)
  })

  it('restores every entity type as an edit everyone sees, keeping later edits on top', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    const nav = must(createActor(a.doc, { name: 'NAV', importance: 0.9, substitutability: 0.1 }))
    const kommune = must(createActor(a.doc, { name: 'Kommunen' }))
    createRelation(a.doc, { source: nav, target: kommune })
    const journey = must(createJourney(a.doc, { title: 'Reise', tags: ['0-6 år'] }))
    const phase = must(addPhase(a.doc, journey, { title: 'Kontakt' }))
    addTouchpoint(a.doc, { phaseId: phase, title: 'Søknad', responsible: [nav, kommune] })
    updateDangerSignal(a.doc, 'lack-of-trust', { present: true, note: 'Lite tillit' })
    await waitFor(
      () => b.doc.getMap('touchpoints').size === 1 && b.doc.getMap('dangerSignals').size === 2,
    )
    const path = `/api/boards/${board.id}/versions`
    const saved = parseBoardVersion(await (await api(path, { body: { name: 'Før' } })).json())!
    const expected = boardSnapshot(a.doc)

    deleteActor(b.doc, kommune)
    moveActor(b.doc, nav, { importance: 0.1, substitutability: 0.9 })
    createActor(b.doc, { name: 'Midlertidig' })
    updateDangerSignal(b.doc, 'lack-of-trust', { present: false, note: '' })
    await waitFor(
      () => readActors(a.doc).length === 2 && !readActors(a.doc).some((x) => x.id === kommune),
    )

    const res = await api(`${path}/${saved.id}/restore`, { body: { author: 'Fasilitator' } })
    expect(res.status).toBe(200)
    const restore = parseBoardVersion(await res.json())!
    expect(restore).toMatchObject({ kind: 'restore', name: 'Før', restoredFrom: saved.id })
    for (const client of [a, b])
      await waitFor(() => JSON.stringify(boardSnapshot(client.doc)) === JSON.stringify(expected), {
        what: 'the restore to reach every client',
      })
    expect(b.doc.getMap('dangerSignals').get('lack-of-trust/note')).toBe('Lite tillit')

    // Edits after the restore stay on top of it.
    createActor(b.doc, { name: 'Etter gjenoppretting' })
    await waitFor(() => readActors(a.doc).length === 3)

    // What the board held just before the restore is kept as an automatic version.
    const versions = await versionsOf(await api(path))
    expect(versions.map((v) => v.kind)).toEqual(['restore', 'auto', 'named'])
    const before = await api(`${path}/${versions[1]!.id}/state`)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, new Uint8Array(await before.arrayBuffer()))
    expect(
      readActors(doc)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Midlertidig', 'NAV'])
  })

  it('restores while another participant keeps editing: the old content, then only later edits', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const a = await server.client(board.id)
    const busy = await server.client(board.id)
    const nav = must(createActor(a.doc, { name: 'NAV', importance: 0.9, substitutability: 0.1 }))
    const journey = must(createJourney(a.doc, { title: 'Reise' }))
    const phase = must(addPhase(a.doc, journey, { title: 'Kontakt' }))
    addTouchpoint(a.doc, { phaseId: phase, title: 'Søknad', responsible: [nav] })
    await waitFor(() => busy.doc.getMap('touchpoints').size === 1)
    const path = `/api/boards/${board.id}/versions`
    const saved = parseBoardVersion(await (await api(path, { body: { name: 'Før' } })).json())!
    const expected = boardSnapshot(a.doc)
    moveActor(a.doc, nav, { importance: 0.2, substitutability: 0.8 })

    // One participant adds an actor every few milliseconds from before the restore is asked
    // for until well after it has answered.
    let n = 0
    let editing = true
    const storm = (async () => {
      while (editing) {
        createActor(busy.doc, { name: `Løpende ${++n}` })
        await new Promise((r) => setTimeout(r, 5))
      }
    })()
    await waitFor(() => readActors(a.doc).some((x) => x.name === 'Løpende 3'))
    const res = await api(`${path}/${saved.id}/restore`, { body: { author: 'Fasilitator' } })
    expect(res.status).toBe(200)
    const atRestore = n
    await new Promise((r) => setTimeout(r, 100))
    editing = false
    await storm
    const last = `Løpende ${n}`
    for (const client of [a, busy])
      await waitFor(() => readActors(client.doc).some((x) => x.name === last))

    // Everything the version held is back exactly as it was (NAV's placement too), and of the
    // running edits exactly a tail survives: those that reached the server after the restore.
    const after = boardSnapshot(a.doc)
    expect(JSON.stringify(boardSnapshot(busy.doc))).toBe(JSON.stringify(after))
    const running = readActors(a.doc)
      .map((x) => x.name)
      .filter((name) => name.startsWith('Løpende '))
      .map((name) => Number(name.slice('Løpende '.length)))
      .sort((x, y) => x - y)
    expect(running.length).toBeGreaterThan(0)
    expect(running[0]).toBeGreaterThan(3)
    expect(running).toEqual(running.map((_, i) => running[0]! + i))
    expect(running.at(-1)).toBe(n)
    expect(running[0]).toBeLessThanOrEqual(atRestore + 1)
    for (const kind of ['actors', 'relations', 'journeys', 'phases', 'touchpoints'] as const) {
      const old = new Set(expected[kind].map((entity) => entity.id))
      expect(after[kind].filter((entity) => old.has(entity.id))).toEqual(expected[kind])
    }
  })

  it('takes an automatic version when the last participant leaves after edits', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const a = await server.client(board.id)
    createActor(a.doc, { name: 'NAV' })
    const b = await server.client(board.id)
    await waitFor(() => readActors(b.doc).length === 1)
    b.destroy()
    a.destroy()
    const path = `/api/boards/${board.id}/versions`
    const [auto] = await waitFor(async () => {
      const versions = await versionsOf(await api(path))
      return versions.length === 1 ? versions : null
    })
    expect(auto).toMatchObject({ kind: 'auto', summary: { actorsAdded: 1 } })

    // Leaving again without edits takes no further version.
    const c = await server.client(board.id)
    c.destroy()
    const d = await server.client(board.id)
    d.destroy()
    await api(path, { body: { name: 'marker' } })
    expect((await versionsOf(await api(path))).map((v) => v.kind)).toEqual(['named', 'auto'])
  })

  it('takes an automatic version after the configured minutes of editing', async () => {
    let now = new Date('2026-03-01T09:00:00.000Z')
    const server = await bed.server({ checkpointMinutes: 10, now: () => now })
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const a = await server.client(board.id)
    const b = await server.client(board.id)
    const path = `/api/boards/${board.id}/versions`
    // Each edit is stored (and so stamped) before the clock moves on.
    const edit = async (name: string, at: string) => {
      now = new Date(at)
      createActor(a.doc, { name })
      await waitFor(() => readActors(b.doc).some((x) => x.name === name))
    }
    await edit('Første', '2026-03-01T09:00:00.000Z')
    await edit('Andre', '2026-03-01T09:05:00.000Z')
    expect(await versionsOf(await api(path))).toEqual([])
    await edit('Tredje', '2026-03-01T09:10:00.000Z')
    const [auto] = await waitFor(async () => {
      const versions = await versionsOf(await api(path))
      return versions.length > 0 ? versions : null
    })
    expect(auto).toMatchObject({ kind: 'auto', createdAt: '2026-03-01T09:10:00.000Z' })
    expect(auto!.summary.actorsAdded).toBe(3)
  })

  it('thins automatic versions with age as configured, keeping named ones', async () => {
    let now = new Date('2026-03-01T09:00:00.000Z')
    const server = await bed.server({
      versionsKeepAllHours: 1,
      versionsKeepDays: 2,
      checkpointMinutes: 0,
      now: () => now,
    })
    const board = await server.createBoard()
    const api: typeof server.api = (p, o = {}) => server.api(p, { token: board.token, ...o })
    const path = `/api/boards/${board.id}/versions`
    /** At `at`, one participant edits and leaves: an automatic version stamped `at`. */
    const session = async (at: string) => {
      now = new Date(at)
      const c = await server.client(board.id)
      createActor(c.doc, { name: at })
      const check = await server.client(board.id)
      await waitFor(() => readActors(check.doc).some((x) => x.name === at))
      check.destroy()
      c.destroy()
      await waitFor(async () =>
        (await versionsOf(await api(path))).some((v) => v.createdAt === now.toISOString()),
      )
    }
    const hours = async () =>
      (await versionsOf(await api(path))).map((v) => `${v.kind} ${v.createdAt.slice(8, 13)}`)
    await session('2026-03-01T09:00:00.000Z')
    now = new Date('2026-03-01T10:00:00.000Z')
    await api(path, { body: { name: 'Navngitt' } })
    await session('2026-03-01T11:00:00.000Z')
    await session('2026-03-01T13:00:00.000Z')
    // Past an hour old, only the newest automatic version of a day stays: 11 o'clock, not 9.
    expect(await hours()).toEqual(['auto 01T13', 'auto 01T11', 'named 01T10'])
    await session('2026-03-04T12:00:00.000Z')
    // Past two days, automatic versions go; the named one stays.
    expect(await hours()).toEqual(['auto 04T12', 'named 01T10'])
  })

  it('keeps versions across a restart and a kill -9', async () => {
    const dataDir = bed.tempDir()
    const args = store === 'postgres' ? ['--database-url', await freshDatabaseUrl()] : []
    const first = await startServerProcess(bed, dataDir, { args })
    const created = await fetch(`${first.url}/api/boards`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Krasj' }),
    })
    const { id, token } = (await created.json()) as { id: string; token: string }
    const a = await connectClient(first.wsUrl, id, token)
    bed.onCleanup(() => a.destroy())
    createActor(a.doc, { name: 'NAV' })
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const made = await fetch(`${first.url}/api/boards/${id}/versions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Før krasj' }),
    })
    expect(made.status).toBe(201)
    first.process.kill('SIGKILL')
    await first.exited
    a.destroy()

    const second = await startServerProcess(bed, dataDir, { args })
    const listed = await fetch(`${second.url}/api/boards/${id}/versions`, { headers })
    const versions = await versionsOf(listed)
    expect(versions).toEqual([expect.objectContaining({ name: 'Før krasj', kind: 'named' })])
    const state = await fetch(`${second.url}/api/boards/${id}/versions/${versions[0]!.id}/state`, {
      headers,
    })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, new Uint8Array(await state.arrayBuffer()))
    expect(readActors(doc).map((x) => x.name)).toEqual(['NAV'])
  }, 90_000) // two server processes start from source: slow on a loaded machine
})
