import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { UpdateJournal } from './UpdateJournal'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function journalDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-journal-'))
  dirs.push(dir)
  return join(dir, 'journal')
}

const bytes = (...values: number[]) => new Uint8Array(values)
const segmentsIn = (dir: string) => readdirSync(dir).sort()

describe('UpdateJournal', () => {
  it('reads back every record in order, across segments', () => {
    const dir = journalDir()
    // Each record is 8 + 1 + 7..8 + n bytes: the second one fills the first segment.
    const journal = UpdateJournal.open(dir, { segmentBytes: 30 })
    journal.append('tavle-a', bytes(1, 2, 3))
    journal.append('tavle-ø', bytes(4))
    journal.append('tavle-a', bytes(5, 6))
    expect(UpdateJournal.read(dir)).toEqual({
      entries: [
        { boardId: 'tavle-a', update: bytes(1, 2, 3) },
        { boardId: 'tavle-ø', update: bytes(4) },
        { boardId: 'tavle-a', update: bytes(5, 6) },
      ],
      segments: [join(dir, '00000001.journal'), join(dir, '00000002.journal')],
      ignoredBytes: 0,
    })
    journal.close()
  })

  it('ignores a record cut short by a crash, keeping the ones before it', () => {
    const dir = journalDir()
    const journal = UpdateJournal.open(dir)
    journal.append('a', bytes(1))
    journal.append('a', bytes(2, 2, 2, 2))
    journal.close()
    const segment = join(dir, '00000001.journal')
    truncateSync(segment, readFileSync(segment).length - 2)
    const read = UpdateJournal.read(dir)
    expect(read.entries).toEqual([{ boardId: 'a', update: bytes(1) }])
    expect(read.ignoredBytes).toBe(8 + 1 + 1 + 4 - 2)
  })

  it('ignores a record whose checksum does not match', () => {
    const dir = journalDir()
    const journal = UpdateJournal.open(dir)
    journal.append('a', bytes(1))
    journal.append('a', bytes(2))
    journal.close()
    const segment = join(dir, '00000001.journal')
    const content = readFileSync(segment)
    content[content.length - 1] = 9 // the second update's byte, as a torn write might leave it
    writeFileSync(segment, content)
    expect(UpdateJournal.read(dir).entries).toEqual([{ boardId: 'a', update: bytes(1) }])
  })

  it('numbers a new journal after the segments left behind, without touching them', () => {
    const dir = journalDir()
    const first = UpdateJournal.open(dir)
    first.append('a', bytes(1))
    // No close: the process "crashed". The next start begins segment 2 beside segment 1.
    const second = UpdateJournal.open(dir)
    second.append('b', bytes(2))
    expect(segmentsIn(dir)).toEqual(['00000001.journal', '00000002.journal'])
    expect(UpdateJournal.read(dir).entries.map((e) => e.boardId)).toEqual(['a', 'b'])
    second.close()
    first.close()
  })

  it('seals full segments, and removes them only when released', () => {
    const dir = journalDir()
    const journal = UpdateJournal.open(dir, { segmentBytes: 10 })
    journal.append('a', bytes(1)) // 11 bytes: full
    expect(journal.sealed()).toEqual([])
    journal.append('a', bytes(2)) // sealed the first segment, then went to the second
    const sealed = journal.sealed()
    expect(sealed).toEqual([join(dir, '00000001.journal')])
    journal.append('a', bytes(3))
    journal.release(sealed)
    expect(segmentsIn(dir)).toEqual(['00000002.journal', '00000003.journal'])
    expect(UpdateJournal.read(dir).entries.map((e) => e.update)).toEqual([bytes(2), bytes(3)])
    journal.close()
  })

  it('clears in place: sealed segments go, the current one is emptied and appended to', () => {
    const dir = journalDir()
    const journal = UpdateJournal.open(dir, { segmentBytes: 10 })
    journal.append('a', bytes(1))
    journal.append('a', bytes(2))
    journal.clear()
    expect(segmentsIn(dir)).toEqual(['00000002.journal'])
    expect(UpdateJournal.read(dir).entries).toEqual([])
    journal.append('b', bytes(3))
    expect(UpdateJournal.read(dir).entries).toEqual([{ boardId: 'b', update: bytes(3) }])
    journal.remove()
    expect(segmentsIn(dir)).toEqual([])
  })

  it('keeps its segments on close, for the next start to replay', () => {
    const dir = journalDir()
    const journal = UpdateJournal.open(dir, { sync: 'full' })
    journal.append('a', bytes(1))
    journal.close()
    expect(UpdateJournal.read(dir).entries).toEqual([{ boardId: 'a', update: bytes(1) }])
  })

  it('reads nothing from a folder that does not exist', () => {
    expect(UpdateJournal.read(join(journalDir(), 'missing'))).toEqual({
      entries: [],
      segments: [],
      ignoredBytes: 0,
    })
  })
})
