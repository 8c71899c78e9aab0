import { describe, expect, it } from 'vitest'
import { ByteBudget } from './ByteBudget'

describe('ByteBudget', () => {
  it('holds up to its cap and refuses what would pass it, counting nothing refused', () => {
    const budget = new ByteBudget(100)
    expect(budget.take(60)).toBe(true)
    expect(budget.take(41)).toBe(false)
    expect(budget.held).toBe(60)
    expect(budget.take(40)).toBe(true)
    budget.give(60)
    expect(budget.held).toBe(40)
    expect(budget.take(60)).toBe(true)
  })
})
