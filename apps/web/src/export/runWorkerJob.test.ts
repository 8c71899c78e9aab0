import { readBoardData } from '@samkart/export'
import { createActor, createRelation, initBoard } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WorkerJob } from './exportJob'
import { runWorkerJob } from './runWorkerJob'

function board() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Tavle' })
  const a = createActor(doc, { name: 'NAV' })
  const b = createActor(doc, { name: '<b>Kommunen</b>' })
  if (!a.ok || !b.ok) throw new Error('actors')
  createRelation(doc, { source: a.value, target: b.value, type: 'dependency' })
  return readBoardData(doc)
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const now = Date.UTC(2026, 10, 22)

describe('runWorkerJob', () => {
  it('makes the file each job asks for, with progress for the long ones', async () => {
    const data = board()
    const run = async (job: WorkerJob) => {
      const steps: number[] = []
      const bytes = await runWorkerJob({ job, board: data, locale: 'nb', now }, (p) =>
        steps.push(p.done / p.total),
      )
      return { bytes, steps }
    }
    const pdf = await run({ format: 'pdf', pageSize: 'A3' })
    expect(text(pdf.bytes.subarray(0, 5))).toBe('%PDF-')
    expect(pdf.steps.at(-1)).toBe(1)

    const svg = text((await run({ format: 'svg', view: { kind: 'matrix' } })).bytes)
    expect(svg).toMatch(/^<\?xml|^<svg/)
    expect(svg).toContain('&lt;b&gt;Kommunen&lt;/b&gt;')

    const json = JSON.parse(text((await run({ format: 'json' })).bytes))
    expect(json.board.actors.map((a: { name: string }) => a.name).sort()).toEqual([
      '<b>Kommunen</b>',
      'NAV',
    ])

    const csv = text((await run({ format: 'csv', table: 'relations' })).bytes)
    expect(csv).toContain('NAV')
    expect(csv.split(/\r\n/).filter(Boolean)).toHaveLength(2)

    const zip = await run({ format: 'zip', pageSize: 'A4', png: new Uint8Array([137, 80, 78, 71]) })
    expect(text(zip.bytes.subarray(0, 2))).toBe('PK')
    const xlsx = await run({ format: 'xlsx' })
    expect(text(xlsx.bytes.subarray(0, 2))).toBe('PK')
  })
})
