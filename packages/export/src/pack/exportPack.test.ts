import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readBoardData } from '../board/BoardData'
import { parseBoardFile } from '../json/parseBoardFile'
import { parseXlsx } from '../tableImport/parseXlsx'
import { NOW, alvorligSyktBarn, must } from '../test/boards'
import { pdfText } from '../test/pdfText'
import { exportFileStem } from './exportFileStem'
import { exportPack } from './exportPack'

describe('export pack', () => {
  it('holds the PDF, the given PNG, an SVG per view, the JSON and the XLSX, each readable', async () => {
    const board = readBoardData(alvorligSyktBarn())
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
    const progress: number[] = []
    const zip = await exportPack(board, {
      now: NOW,
      png,
      onProgress: (p) => {
        if (p.format === 'zip') progress.push(p.done)
      },
    })
    const files = unzipSync(zip)
    const stem = 'alvorlig-sykt-barn-2025-03-01'
    expect(Object.keys(files).sort()).toEqual(
      [
        `${stem}.json`,
        `${stem}.pdf`,
        `${stem}.png`,
        `${stem}.xlsx`,
        `${stem}-aktorkart.svg`,
        `${stem}-nettverk.svg`,
        `${stem}-reise-1.svg`,
        `${stem}-reise-2.svg`,
      ].sort(),
    )
    expect(files[`${stem}.png`]).toEqual(png)
    expect((await pdfText(files[`${stem}.pdf`]!))[0]).toContain('Alvorlig sykt barn')
    expect(must(parseBoardFile(files[`${stem}.json`]!)).board.actors).toHaveLength(
      board.actors.length,
    )
    expect(must(await parseXlsx(files[`${stem}.xlsx`]!)).map((t) => t.rows.length)).toEqual([
      board.actors.length,
      board.relations.length,
      board.touchpoints.length,
      board.notes.length,
      board.laneItems.length,
    ])
    expect(new TextDecoder().decode(files[`${stem}-reise-1.svg`]!)).toContain(
      'Brukerreise: Alvorlig sykt barn',
    )
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('leaves the PNG out when none is given', async () => {
    const files = unzipSync(await exportPack(readBoardData(alvorligSyktBarn()), { now: NOW }))
    expect(Object.keys(files).some((name) => name.endsWith('.png'))).toBe(false)
  })

  it('names files safely whatever the title', () => {
    const board = readBoardData(alvorligSyktBarn())
    const stem = (title: string) =>
      exportFileStem({ ...board, meta: { ...board.meta, title } }, { now: NOW })
    expect(stem('Økonomi & sårbare barn – Åsane')).toBe('okonomi-sarbare-barn-asane-2025-03-01')
    expect(stem('../../etc/passwd')).toBe('etc-passwd-2025-03-01')
    expect(stem('<<<>>>')).toBe('samkart-2025-03-01')
  })
})
