import { describe, expect, it } from 'vitest'
import { newBoard, replica, syncPair } from '../test/docs'
import { readDangerSignals, updateDangerSignal } from './dangerSignals'

describe('danger signals', () => {
  it('starts with all five unticked', () => {
    expect(readDangerSignals(newBoard()).map((s) => [s.signal, s.present])).toEqual([
      ['closed-process', false],
      ['one-sided-problem', false],
      ['unclear-goals', false],
      ['unclear-benefits', false],
      ['lack-of-trust', false],
    ])
  })
  it('keeps a tick and a note written at the same time by two people', () => {
    const a = newBoard()
    const b = replica(a)
    updateDangerSignal(a, 'lack-of-trust', { present: true })
    updateDangerSignal(b, 'lack-of-trust', { note: 'Leverandørene stoler ikke på Bufdir' })
    syncPair(a, b)
    for (const doc of [a, b])
      expect(readDangerSignals(doc)[4]).toEqual({
        signal: 'lack-of-trust',
        present: true,
        note: 'Leverandørene stoler ikke på Bufdir',
      })
  })
  it('refuses unknown signals and overlong notes', () => {
    const doc = newBoard()
    expect(updateDangerSignal(doc, 'bad-vibes' as never, { present: true }).ok).toBe(false)
    expect(updateDangerSignal(doc, 'unclear-goals', { note: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      error: { code: 'too_long' },
    })
    expect(readDangerSignals(doc)[2]!.note).toBe('')
  })
})
