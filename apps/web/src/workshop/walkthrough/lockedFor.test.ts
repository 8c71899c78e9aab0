import type { BoardLock } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { lockShown, lockedFor } from './lockedFor'

const lock = (scope: BoardLock['scope']): BoardLock => ({ scope, by: 'Fride', since: 's' })

describe('lockedFor', () => {
  it('holds back editors in a locked view only', () => {
    expect(lockedFor('editor', [lock('journeys')], 'journeys')).toEqual(lock('journeys'))
    expect(lockedFor('editor', [lock('journeys')], 'actors')).toBeNull()
    expect(lockedFor('editor', [lock('board')], 'actors')).toEqual(lock('board'))
  })

  it('never holds back facilitators, and viewers are read-only anyway', () => {
    expect(lockedFor('facilitator', [lock('board')], 'actors')).toBeNull()
    expect(lockedFor('viewer', [lock('board')], 'actors')).toBeNull()
  })

  it('tells everyone about the lock of their view', () => {
    expect(lockShown([lock('actors'), lock('board')], 'actors')?.scope).toBe('actors')
    expect(lockShown([lock('actors')], 'journeys')).toBeNull()
  })
})
