import { afterEach, describe, expect, it } from 'vitest'
import { createActor, readActors } from '@samkart/model'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'
import { boardsCommand } from './boardsCommand'
import type { CommandIo } from './exportCommand'
import { linkCommand } from './linkCommand'

const bed = new TestBed()
afterEach(() => bed.cleanup())

async function run(command: typeof linkCommand, argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = {
    env: {},
    cwd: bed.tempDir(),
    stdout: (d) => out.push(String(d)),
    stderr: (l) => err.push(l),
  }
  const code = await command(argv, io)
  return { code, out: out.join(''), err: err.join('\n') }
}

/** The token in a printed share link. */
const tokenIn = (url: string) => /#token=([^\s]+)/.exec(url)![1]!

describe('samkart link and samkart boards', () => {
  it('makes a facilitator link that the running server accepts at once', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Gammel tavle')
    const result = await run(linkCommand, [
      board.id,
      '--data-dir',
      server.dataDir,
      '--url',
      'https://samkart.example.no/',
    ])
    expect(result.code).toBe(0)
    expect(result.out).toMatch(
      new RegExp(`^https://samkart\\.example\\.no/b/${board.id}#token=[\\w.-]+\\n$`),
    )
    expect(result.err).toContain('facilitator link for «Gammel tavle»')
    // Only a facilitator may list a board's links: the new token may, and sees both.
    const res = await server.api(`/api/boards/${board.id}/links`, { token: tokenIn(result.out) })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { links: unknown[] }).links).toHaveLength(2)
  })

  it('makes editor and viewer links whose roles the server enforces', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const editor = await run(linkCommand, [
      board.id,
      '--role',
      'editor',
      '--data-dir',
      server.dataDir,
    ])
    const viewer = await run(linkCommand, [
      board.id,
      '--role',
      'viewer',
      '--data-dir',
      server.dataDir,
    ])
    const watcher = await server.client(board.id)
    const e = await server.client(board.id, tokenIn(editor.out))
    const v = await server.client(board.id, tokenIn(viewer.out))
    createActor(v.doc, { name: 'Fra visning' })
    // The server counts the viewer's write as dropped (facilitators see the count)...
    await waitFor(
      async () => {
        const res = await server.api(`/api/boards/${board.id}`, { token: board.token })
        return ((await res.json()) as { droppedWrites: number }).droppedWrites === 1
      },
      { what: 'the viewer’s write to be dropped' },
    )
    // ...and relays the editor's.
    createActor(e.doc, { name: 'Fra redaktør' })
    await waitFor(() => readActors(watcher.doc).length === 1, { what: 'the editor’s actor' })
    expect(readActors(watcher.doc).map((a) => a.name)).toEqual(['Fra redaktør'])
  })

  it('lists boards, and explains a missing board, a bad role and a missing data folder', async () => {
    const server = await bed.server()
    const board = await server.createBoard('Tavle\tmed tab')
    const listed = await run(boardsCommand, ['--data-dir', server.dataDir])
    expect(listed.code).toBe(0)
    expect(listed.out).toMatch(new RegExp(`^${board.id}\\t\\d{4}-[^\\t]+\\tTavle med tab\\n$`))

    const missing = await run(linkCommand, ['finnesIkke', '--data-dir', server.dataDir])
    expect(missing).toMatchObject({ code: 1, out: '' })
    expect(missing.err).toContain('no board with id "finnesIkke"')
    const badRole = await run(linkCommand, [
      board.id,
      '--role',
      'eier',
      '--data-dir',
      server.dataDir,
    ])
    expect(badRole.code).toBe(2)
    expect(badRole.err).toContain('--role must be one of viewer, editor, facilitator')
    const noFolder = await run(linkCommand, [board.id, '--data-dir', `${server.dataDir}/nope`])
    expect(noFolder.code).toBe(1)
    expect(noFolder.err).toContain('cannot read the board storage')
  })
})
