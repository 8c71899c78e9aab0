import { afterEach, describe, expect, it } from 'vitest'
import { createActor, readActors } from '@samkart/model'
import { type TestClient, connectClient } from '../testing/clients'
import { sharedRedis } from '../testing/services'
import { freshDatabaseUrl } from '../testing/stores'
import { TestBed, readStored } from '../testing/TestBed'
import { type ServerProcess, startServerProcess } from '../testing/serverProcess'
import { waitFor } from '../testing/waitFor'

const bed = new TestBed('postgres')
afterEach(() => bed.cleanup())

const actorNames = (client: TestClient) => readActors(client.doc).map((a) => a.name)

describe('several instance processes', () => {
  it('loses no edit any client saw when one instance, then every instance, is killed with SIGKILL', async () => {
    const databaseUrl = await freshDatabaseUrl()
    const redisUrl = (await sharedRedis()).url
    const start = () =>
      startServerProcess(bed, bed.tempDir(), {
        args: ['--database-url', databaseUrl, '--redis-url', redisUrl],
      })
    const [a, b] = (await Promise.all([start(), start()])) as [ServerProcess, ServerProcess]
    const created = await fetch(`${a.url}/api/boards`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Storm' }),
    })
    const { id, token } = (await created.json()) as { id: string; token: string }
    const clients = await Promise.all(
      Array.from({ length: 10 }, (_, i) => connectClient((i % 2 ? b : a).wsUrl, id, token)),
    )
    for (const client of clients) bed.onCleanup(() => client.destroy())

    // Each client adds actors named after itself; what it holds of the others' it can only
    // have received from a server, which stores before it relays.
    let storming = true
    const storms = clients.map(async (client, i) => {
      for (let n = 0; storming; n++) {
        createActor(client.doc, { name: `c${i}-${n}` })
        await new Promise((resolve) => setTimeout(resolve, 40))
      }
    })
    await waitFor(() => clients.every((c) => actorNames(c).length > 40), {
      timeoutMs: 20_000,
      what: 'the storm to reach every client',
    })
    a.process.kill('SIGKILL')
    expect((await a.exited).signal).toBe('SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 300))
    storming = false
    await Promise.all(storms)
    // The clients of B settle with each other; then every client stops, so that none can send
    // its edits again and hide a loss.
    const onB = clients.filter((_, i) => i % 2 === 1)
    await waitFor(() => onB.every((c) => actorNames(c).length === actorNames(onB[0]!).length), {
      timeoutMs: 20_000,
      what: 'the clients of the surviving instance to converge',
    })
    const seen = clients.map((client, i) =>
      actorNames(client).filter((name) => !name.startsWith(`c${i}-`)),
    )
    for (const client of clients) client.destroy()

    const stored = new Set(
      readActors((await readStored({ dataDir: '', databaseUrl }, id)).doc).map((x) => x.name),
    )
    const lost = seen.flat().filter((name) => !stored.has(name))
    expect(lost).toEqual([])

    // Then every instance dies; a new one serves everything that was stored.
    b.process.kill('SIGKILL')
    await b.exited
    const c = await start()
    const late = await connectClient(c.wsUrl, id, token)
    bed.onCleanup(() => late.destroy())
    expect(new Set(actorNames(late))).toEqual(stored)
  }, 90_000) // three server processes start from source: slow on a loaded machine
})
