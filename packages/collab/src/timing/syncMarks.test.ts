import { afterEach, describe, expect, it } from 'vitest'
import { SYNC_APPLIED_MARK, SYNC_RECEIVED_MARK, createSyncMarks } from './syncMarks'

describe('createSyncMarks', () => {
  afterEach(() => performance.clearMarks())

  it('marks the first sync before and after it is applied, and only the first', () => {
    const marks = createSyncMarks()
    const seen: string[] = []
    marks.around(() => seen.push(...performance.getEntriesByType('mark').map((m) => m.name)))
    marks.around(() => undefined)
    expect(seen).toEqual([SYNC_RECEIVED_MARK])
    expect(performance.getEntriesByName(SYNC_RECEIVED_MARK)).toHaveLength(1)
    expect(performance.getEntriesByName(SYNC_APPLIED_MARK)).toHaveLength(1)
  })
})
