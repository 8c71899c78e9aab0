import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestBed } from '../testing/TestBed'
import { startServerProcess } from '../testing/serverProcess'
import { DIST_DIR, buildServer } from './buildServer'

const bed = new TestBed()
/** A build of its own inside `dist/`, where Node finds the server's `node_modules`. */
const outDir = new URL(`test-${process.pid}/`, DIST_DIR)

beforeAll(() => buildServer(outDir), 60_000)
afterAll(async () => {
  await bed.cleanup()
  rmSync(outDir, { recursive: true, force: true })
})

describe('the compiled server (what pnpm start runs)', () => {
  it('runs with plain node, imports on its JavaScript worker threads, and stops cleanly', async () => {
    const dataDir = bed.tempDir()
    const server = await startServerProcess(bed, dataDir, {
      script: { kind: 'compiled', mainJs: fileURLToPath(new URL('main.js', outDir)) },
      args: ['--access', 'open'],
    })
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    // An import runs on a worker thread, which loads heavyWorker.js from beside main.js.
    const actors = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, name: `Aktør ${i}` }))
    const file = { format: 'samkart-board', version: 1, board: { title: 'Importert', actors } }
    const imported = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      body: JSON.stringify({ import: file }),
    })
    expect(imported.status).toBe(201)
    expect(((await imported.json()) as { title: string }).title).toBe('Importert')

    server.process.kill('SIGTERM')
    expect(await server.exited).toEqual({ code: 0, signal: null })
    expect(server.output()).not.toMatch(/error/i)
  })
})
