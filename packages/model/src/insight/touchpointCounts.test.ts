import { describe, expect, it } from 'vitest'
import { touchpointCountsByActor } from './touchpointCounts'

describe('touchpointCountsByActor', () => {
  it('counts each actor once per touchpoint it is responsible for', () => {
    const counts = touchpointCountsByActor([
      { responsible: ['nav'] },
      { responsible: ['nav', 'kommune'] },
      { responsible: [] },
      { responsible: ['kommune', 'kommune'] },
    ])
    expect(Object.fromEntries(counts)).toEqual({ nav: 2, kommune: 2 })
    expect(counts.get('hf')).toBeUndefined()
  })

  it('is empty without touchpoints', () => {
    expect(touchpointCountsByActor([]).size).toBe(0)
  })
})
