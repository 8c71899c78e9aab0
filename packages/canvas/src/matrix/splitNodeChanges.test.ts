import { describe, expect, it } from 'vitest'
import { MATRIX_WIDTH } from '@samkart/layout'
import { splitNodeChanges } from './splitNodeChanges'

describe('splitNodeChanges', () => {
  it('applies drags locally and writes them, clamped, marked as in progress or final', () => {
    const { local, moves } = splitNodeChanges([
      { type: 'position', id: 'a', position: { x: 10, y: 20 }, dragging: true },
      { type: 'position', id: 'b', position: { x: MATRIX_WIDTH + 50, y: -5 }, dragging: false },
    ])
    expect(moves).toEqual([
      { id: 'a', position: { x: 10, y: 20 }, dragging: true },
      { id: 'b', position: { x: MATRIX_WIDTH, y: 0 }, dragging: false },
    ])
    expect(local[1]).toMatchObject({ position: { x: MATRIX_WIDTH, y: 0 } })
  })

  it('keeps selection and measurements local, and never removes locally', () => {
    const { local, moves } = splitNodeChanges([
      { type: 'select', id: 'a', selected: true },
      { type: 'dimensions', id: 'a', dimensions: { width: 100, height: 40 } },
      { type: 'remove', id: 'a' },
    ])
    expect(moves).toEqual([])
    expect(local.map((c) => c.type)).toEqual(['select', 'dimensions'])
  })

  it('does not write a position change without a position', () => {
    expect(splitNodeChanges([{ type: 'position', id: 'a', dragging: false }]).moves).toEqual([])
  })
})
