import { describe, expect, it } from 'vitest'
import { actorOfDesired, desiredNodeId } from './desiredNodeId'

describe('desiredNodeId', () => {
  it('tells desired markers from cards by id', () => {
    expect(actorOfDesired(desiredNodeId('abc'))).toBe('abc')
    expect(actorOfDesired('abc')).toBeNull()
  })
})
