import { type BoardVersion, EMPTY_SUMMARY } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { thinVersions } from './thinVersions'

const now = new Date('2026-06-30T12:00:00.000Z')
const version = (id: string, kind: BoardVersion['kind'], createdAt: string): BoardVersion => ({
  id,
  kind,
  createdAt,
  summary: EMPTY_SUMMARY,
})
const policy = { keepAllHours: 24, keepDays: 90 }

describe('thinVersions', () => {
  it('keeps every automatic version of the last day', () => {
    const recent = [
      version('a', 'auto', '2026-06-30T11:00:00.000Z'),
      version('b', 'auto', '2026-06-30T10:00:00.000Z'),
      version('c', 'auto', '2026-06-29T13:00:00.000Z'),
    ]
    expect(thinVersions(recent, now, policy)).toEqual([])
  })

  it('keeps the newest automatic version of each older day', () => {
    const older = [
      version('morning', 'auto', '2026-06-20T08:00:00.000Z'),
      version('evening', 'auto', '2026-06-20T18:00:00.000Z'),
      version('noon', 'auto', '2026-06-20T12:00:00.000Z'),
      version('other-day', 'auto', '2026-06-19T12:00:00.000Z'),
    ]
    expect(thinVersions(older, now, policy).sort()).toEqual(['morning', 'noon'])
  })

  it('deletes automatic versions past the last day kept, never named ones or restores', () => {
    const old = [
      version('auto', 'auto', '2026-01-01T08:00:00.000Z'),
      version('named', 'named', '2026-01-01T08:00:00.000Z'),
      version('restore', 'restore', '2026-01-01T09:00:00.000Z'),
      version('named-same-day', 'named', '2026-06-20T09:00:00.000Z'),
    ]
    expect(thinVersions(old, now, policy)).toEqual(['auto'])
  })
})
