import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { boardSnapshot, createActor, moveActor, readActors, setBoardTitle } from '@samkart/model'
import { connectClient } from './testing/clients'
import { TestBed, readStoredBoard } from './testing/TestBed'
import {
  SERVER_DIR,
  type ServerScript,
  serverArgs,
  startServerProcess,
} from './testing/serverProcess'
import { waitFor } from './testing/waitFor'

const bed = new TestBed()
afterEach(() => bed.cleanup())

const SOURCE: ServerScript = { kind: 'source' }
/** Starts the server from source as its own process (see `startServerProcess`). */
const startChild = (dataDir: string, ...args: string[]) =>
  startServerProcess(bed, dataDir, { args })

/** Creates a board; returns its id and the creator's token. */
async function createBoard(url: string): Promise<{ boardId: string; token: string }> {
  const res = await fetch(`${url}/api/boards`, {
    method: 'POST',
    body: JSON.stringify({ title: 'Krasjtest' }),
  })
  const { id, token } = (await res.json()) as { id: string; token: string }
  return { boardId: id, token }
}

describe('durability of a real server process', () => {
  it.each([
    // Every update is then only in the journal, never moved into SQLite before the kill.
    ['only in the journal', '60000'],
    ['at the default journal delay', '100'],
  ])(
    'loses nothing a client saw when the process is killed with SIGKILL, %s',
    async (_case, flushMs) => {
      const dataDir = bed.tempDir()
      const first = await startChild(dataDir, '--journal-flush-ms', flushMs)
      const { boardId, token } = await createBoard(first.url)
      const a = await connectClient(first.wsUrl, boardId, token)
      const b = await connectClient(first.wsUrl, boardId, token)
      bed.onCleanup(() => a.destroy())
      bed.onCleanup(() => b.destroy())

      const ids: string[] = []
      for (let i = 0; i < 30; i++) {
        const created = createActor(a.doc, { name: `Aktør ${i}` })
        if (created.ok) ids.push(created.value)
      }
      for (const [i, id] of ids.entries())
        moveActor(a.doc, id, { importance: i / 30, substitutability: 1 - i / 30 })
      setBoardTitle(a.doc, 'Etter krasj')
      // B has received everything from the server, which stores before it relays.
      await waitFor(
        () => JSON.stringify(boardSnapshot(b.doc)) === JSON.stringify(boardSnapshot(a.doc)),
        { what: 'B to see every edit of A' },
      )
      const seen = boardSnapshot(b.doc)

      first.process.kill('SIGKILL')
      expect((await first.exited).signal).toBe('SIGKILL')
      // The server itself is gone, not just a wrapper around it.
      await expect(fetch(`${first.url}/api/health`)).rejects.toThrow()
      // Stop the clients before the restart: a reconnecting client would re-send its edits and
      // hide any loss on the server.
      a.destroy()
      b.destroy()
      if (flushMs === '60000')
        expect(readStoredBoard(dataDir, boardId)).toMatchObject({ updates: 0 })
      expect(boardSnapshot(readStoredBoard(dataDir, boardId).doc)).toEqual(seen)

      // The same token opens the board again: the secret in the data folder survived the crash.
      const second = await startChild(dataDir)
      const c = await connectClient(second.wsUrl, boardId, token)
      bed.onCleanup(() => c.destroy())
      expect(boardSnapshot(c.doc)).toEqual(seen)
      const board = (await (
        await fetch(`${second.url}/api/boards/${boardId}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as { title: string }
      expect(board.title).toBe('Etter krasj')
    },
  )

  it('on SIGTERM closes clients, compacts every board, and exits 0', async () => {
    const dataDir = bed.tempDir()
    const child = await startChild(dataDir)
    const { boardId, token } = await createBoard(child.url)
    const a = await connectClient(child.wsUrl, boardId, token)
    const b = await connectClient(child.wsUrl, boardId, token)
    bed.onCleanup(() => a.destroy())
    bed.onCleanup(() => b.destroy())
    for (let i = 0; i < 5; i++) createActor(a.doc, { name: `Aktør ${i}` })
    await waitFor(() => readActors(b.doc).length === 5)
    const closed = new Promise<number>((resolve) =>
      b.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    )

    child.process.kill('SIGTERM')
    expect(await child.exited).toEqual({ code: 0, signal: null })
    expect(await closed).toBe(1001)
    const stored = readStoredBoard(dataDir, boardId)
    expect(stored.updates).toBe(0)
    expect(stored.journaled).toBe(0)
    expect(boardSnapshot(stored.doc)).toEqual(boardSnapshot(a.doc))
  })

  it('refuses to start on a data folder another server is using, leaving that one intact', async () => {
    const dataDir = bed.tempDir()
    const first = await startChild(dataDir, '--journal-flush-ms', '60000')
    const { boardId, token } = await createBoard(first.url)
    const a = await connectClient(first.wsUrl, boardId, token)
    bed.onCleanup(() => a.destroy())
    createActor(a.doc, { name: 'Før' })

    const second = spawn(
      process.execPath,
      serverArgs(SOURCE, '--port', '0', '--data-dir', dataDir),
      {
        cwd: SERVER_DIR,
        env: { ...process.env, SAMKART_STATIC_DIR: join(dataDir, 'no-web-app') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    second.stderr.on('data', (chunk) => (stderr += chunk))
    expect(await new Promise<number | null>((resolve) => second.on('exit', resolve))).toBe(1)
    expect(stderr).toContain('another Samkart server is already using')

    // The first one still stores: an edit after the refused start survives a kill -9.
    createActor(a.doc, { name: 'Etter' })
    const b = await connectClient(first.wsUrl, boardId, token)
    bed.onCleanup(() => b.destroy())
    await waitFor(() => readActors(b.doc).length === 2, { what: 'B to see both actors' })
    first.process.kill('SIGKILL')
    await first.exited
    a.destroy()
    b.destroy()
    const restarted = await startChild(dataDir)
    const c = await connectClient(restarted.wsUrl, boardId, token)
    bed.onCleanup(() => c.destroy())
    expect(
      readActors(c.doc)
        .map((actor) => actor.name)
        .sort(),
    ).toEqual(['Etter', 'Før'])
  })

  it('exits 1 with a clear message on invalid configuration', async () => {
    const child = spawn(process.execPath, serverArgs(SOURCE), {
      cwd: SERVER_DIR,
      env: { ...process.env, SAMKART_PORT: 'not-a-port' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain('SAMKART_PORT must be an integer')
  })
})
