import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BOARD_FILE_VERSION,
  boardDocFromFile,
  boardSheetScene,
  parseXlsx,
  readBoardData,
} from '@samkart/export'
import { readActors } from '@samkart/model'
import { TestBed, readStoredBoard } from '../testing/TestBed'
import { type CommandIo, exportCommand } from './exportCommand'

// pngjs is a dev dependency of @samkart/export (which owns the image tests); resolve it from
// there rather than giving the server a dependency only this test uses.
const { PNG } = createRequire(
  fileURLToPath(new URL('../../../../packages/export/package.json', import.meta.url)),
)('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } }
}

const bed = new TestBed()
afterEach(() => bed.cleanup())

/** A running server holding the «Alvorlig sykt barn» template board. */
async function serverWithBoard() {
  const server = await bed.server()
  const res = await server.api('/api/boards', { body: { template: 'alvorlig-sykt-barn' } })
  expect(res.status).toBe(201)
  const { id } = (await res.json()) as { id: string }
  return { server, id }
}

/** Runs the command in this process, collecting what it prints. */
async function run(argv: string[], cwd: string) {
  const out: (string | Uint8Array)[] = []
  const err: string[] = []
  const io: CommandIo = { env: {}, cwd, stdout: (d) => out.push(d), stderr: (l) => err.push(l) }
  const code = await exportCommand(argv, io)
  return { code, out, err: err.join('\n') }
}

describe('samkart export (headless)', () => {
  it('writes a PNG of the whole board, with the cards drawn where the scene puts them, while the server runs', async () => {
    const { server, id } = await serverWithBoard()
    const dir = bed.tempDir()
    const result = await run(
      [id, '--format', 'png', '--out', 'board.png', '--data-dir', server.dataDir, '--scale', '1'],
      dir,
    )
    expect(result).toMatchObject({ code: 0 })
    const png = PNG.sync.read(readFileSync(join(dir, 'board.png')))
    const board = readBoardData(readStoredBoard(server.dataDir, id).doc)
    const scene = boardSheetScene(board)
    expect(png.width).toBe(Math.ceil(scene.width))
    const pixel = (x: number, y: number) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
    }
    const isWhite = ([r, g, b]: number[]) => r! > 245 && g! > 245 && b! > 245
    // Every actor has a card (twice: matrix and network); each shows ink, and its left edge
    // carries the category's colour.
    const cards = scene.items.filter((i) => i.type === 'rect' && i.key?.startsWith('actor:'))
    expect(cards).toHaveLength(board.actors.length * 2)
    for (const card of cards) {
      if (card.type !== 'rect') continue
      let ink = 0
      for (let y = card.y + 4; y < card.y + card.height - 4; y += 2)
        for (let x = card.x + 8; x < card.x + card.width - 4; x += 2)
          if (!isWhite(pixel(x, y))) ink++
      expect(ink).toBeGreaterThan(20)
      expect(isWhite(pixel(card.x + 2.5, card.y + card.height / 2))).toBe(false)
    }
    // Where no card is, the PNG shows the matrix cell's tint, not ink: the centre of a
    // «Moderat» cell that no card covers.
    const inside = (
      r: { x: number; y: number; width: number; height: number },
      x: number,
      y: number,
    ) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
    const emptyCell = scene.items.find(
      (i) =>
        i.type === 'rect' &&
        i.fill === '#fdf3e1' &&
        !cards.some((c) => c.type === 'rect' && inside(c, i.x + i.width / 2, i.y + i.height / 2)),
    )
    if (emptyCell?.type !== 'rect') throw new Error('expected an empty «Moderat» cell')
    expect(pixel(emptyCell.x + emptyCell.width / 2, emptyCell.y + emptyCell.height / 2)).toEqual([
      253, 243, 225,
    ])
  })

  it('writes PDF, SVG, JSON, XLSX, CSV and ZIP files that read back', async () => {
    const { server, id } = await serverWithBoard()
    const dir = bed.tempDir()
    const common = ['--data-dir', server.dataDir]
    for (const format of ['pdf', 'svg', 'json', 'xlsx', 'csv', 'zip'])
      expect(
        (await run([id, '--format', format, '--out', `b.${format}`, ...common], dir)).code,
      ).toBe(0)
    expect(readFileSync(join(dir, 'b.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
    const svg = readFileSync(join(dir, 'b.svg'), 'utf8')
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
    expect(svg).toContain('Brukerreise: Alvorlig sykt barn')
    const imported = boardDocFromFile(readFileSync(join(dir, 'b.json')))
    if (!imported.ok) throw new Error(imported.error.message)
    expect(readActors(imported.value.doc)).toHaveLength(16)
    const xlsx = await parseXlsx(new Uint8Array(readFileSync(join(dir, 'b.xlsx'))))
    // Touchpoints of both template journeys: 18 as-is and 13 to-be.
    expect(xlsx.ok && xlsx.value.map((t) => t.rows.length)).toEqual([16, 11, 31])
    expect(readFileSync(join(dir, 'b.csv'), 'utf8').startsWith('\ufeffNavn,')).toBe(true)
    expect(readFileSync(join(dir, 'b.zip')).subarray(0, 2).toString()).toBe('PK')
    const english = await run(
      [id, '--format', 'csv', '--table', 'touchpoints', '--locale', 'en', '--out', '-', ...common],
      dir,
    )
    expect(String(english.out[0])).toContain('User journey,Phase,Touchpoint')
    const nynorsk = await run(
      [id, '--format', 'csv', '--table', 'touchpoints', '--locale', 'nn', '--out', '-', ...common],
      dir,
    )
    expect(String(nynorsk.out[0])).toContain('Brukarreise,Fase,Kontaktpunkt')
  })

  it('explains bad usage with exit code 2 and a missing board or storage with 1, writing nothing', async () => {
    const { server, id } = await serverWithBoard()
    const dir = bed.tempDir()
    expect((await run([id, '--format', 'doc', '--out', 'x'], dir)).err).toContain(
      '--format must be one of',
    )
    expect((await run([id, '--format', 'pdf'], dir)).code).toBe(2)
    expect(
      (
        await run(
          [id, '--format', 'png', '--out', 'x', '--view', 'nope', '--data-dir', server.dataDir],
          dir,
        )
      ).code,
    ).toBe(2)
    expect((await run([id, '--format', 'pdf', '--out', 'x', '--bogus'], dir)).code).toBe(2)
    const missing = await run(
      ['nope', '--format', 'pdf', '--out', 'x.pdf', '--data-dir', server.dataDir],
      dir,
    )
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringContaining('no board with id "nope"'),
    })
    const noStorage = await run(
      [id, '--format', 'pdf', '--out', 'x.pdf', '--data-dir', join(dir, 'empty')],
      dir,
    )
    expect(noStorage).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot read the board storage'),
    })
    expect(() => readFileSync(join(dir, 'x.pdf'))).toThrow()
  })

  it('runs as the real command line, reading SAMKART_DATA_DIR like the server', async () => {
    const { server, id } = await serverWithBoard()
    const dir = bed.tempDir()
    const serverDir = fileURLToPath(new URL('../..', import.meta.url))
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/samkart.ts',
        'export',
        id,
        '--format',
        'json',
        '--out',
        join(dir, 'board.json'),
      ],
      {
        cwd: serverDir,
        env: { ...process.env, SAMKART_DATA_DIR: server.dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect({ code, stderr }).toMatchObject({ code: 0, stderr: expect.stringContaining('wrote') })
    expect(JSON.parse(readFileSync(join(dir, 'board.json'), 'utf8'))).toMatchObject({
      format: 'samkart-board',
      version: BOARD_FILE_VERSION,
    })
  })
})
