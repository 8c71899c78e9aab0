import { describe, expect, it } from 'vitest'
import { clampNoteFlow, flowToNote, noteAfterKey, noteToFlow } from './noteGeometry'

describe('note geometry', () => {
  it('maps plane fractions to flow units on the matrix and the lens, and back', () => {
    expect(noteToFlow('matrix', { x: 0.5, y: 0.5 })).toEqual({ x: 600, y: 350 })
    expect(flowToNote('lens', { x: 300, y: 70 })).toEqual({ x: 0.25, y: 0.1 })
    expect(noteToFlow('network', { x: 12, y: -4 })).toEqual({ x: 12, y: -4 })
  })
  it('keeps notes within the plane’s margin', () => {
    expect(flowToNote('matrix', { x: -5000, y: 9000 })).toEqual({ x: -0.5, y: 1.5 })
    expect(clampNoteFlow('matrix', { x: -5000, y: 0 })).toEqual({ x: -600, y: 0 })
  })
  it('steps by arrow keys, further with Shift', () => {
    expect(noteAfterKey('matrix', { x: 0.5, y: 0.5 }, 'ArrowRight', false)).toEqual({
      x: 0.52,
      y: 0.5,
    })
    expect(noteAfterKey('network', { x: 0, y: 0 }, 'ArrowUp', true)).toEqual({ x: 0, y: -100 })
    expect(noteAfterKey('network', { x: 0, y: 0 }, 'Enter', true)).toBeNull()
  })
})
