import { afterEach, describe, expect, it } from 'vitest'
import { createActor, parseBoardVersion } from '@samkart/model'
import { TestBed } from '../testing/TestBed'
import { waitFor } from '../testing/waitFor'
import { type CommandIo, exportCommand } from './exportCommand'
import { versionsCommand } from './versionsCommand'

const bed = new TestBed()
afterEach(() => bed.cleanup())

async function run(command: typeof versionsCommand, argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = {
    env: {},
    cwd: bed.tempDir(),
    stdout: (d) => out.push(typeof d === 'string' ? d : new TextDecoder().decode(d)),
    stderr: (l) => err.push(l),
  }
  const code = await command(argv, io)
  return { code, out: out.join(''), err: err.join('\n') }
}

describe('samkart versions and export --version', () => {
  it('lists versions newest first and exports a past version while the board has moved on', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const client = await server.client(board.id)
    createActor(client.doc, { name: 'Før' })
    const path = `/api/boards/${board.id}/versions`
    const post = (name: string) =>
      server.api(path, { token: board.token, body: { name, author: 'Kari' } })
    await waitFor(async () => (await post('Workshop 1')).status === 201)
    const [saved] = (
      (await (await server.api(path, { token: board.token })).json()) as {
        versions: unknown[]
      }
    ).versions.map(parseBoardVersion)
    createActor(client.doc, { name: 'Etter' })
    await waitFor(async () => (await post('Workshop 2')).status === 201)

    const listed = await run(versionsCommand, [board.id, '--data-dir', server.dataDir])
    expect(listed.code).toBe(0)
    const rows = listed.out
      .trim()
      .split('\n')
      .map((row) => row.split('\t'))
    expect(rows.map((r) => r[3])).toEqual(['Workshop 2', 'Workshop 1'])
    expect(rows[1]).toEqual([
      saved!.id,
      saved!.createdAt,
      'named',
      'Workshop 1',
      'Kari (facilitator)',
      '+1 actors',
    ])

    const exported = await run(exportCommand, [
      board.id,
      '--version',
      saved!.id,
      '--format',
      'json',
      '--out',
      '-',
      '--data-dir',
      server.dataDir,
    ])
    expect(exported.code).toBe(0)
    expect(exported.out).toContain('"Før"')
    expect(exported.out).not.toContain('"Etter"')
  })

  it('says clearly what is wrong with a bad board or version id', async () => {
    const server = await bed.server()
    const board = await server.createBoard()
    const unknown = await run(versionsCommand, ['nope', '--data-dir', server.dataDir])
    expect(unknown).toMatchObject({ code: 1 })
    expect(unknown.err).toContain('no board with id "nope"')
    expect(await run(versionsCommand, ['--data-dir', server.dataDir])).toMatchObject({ code: 2 })
    const badVersion = await run(exportCommand, [
      board.id,
      '--version',
      'missing',
      '--format',
      'json',
      '--out',
      '-',
      '--data-dir',
      server.dataDir,
    ])
    expect(badVersion).toMatchObject({ code: 1 })
    expect(badVersion.err).toContain('has no version "missing"')
  })
})
