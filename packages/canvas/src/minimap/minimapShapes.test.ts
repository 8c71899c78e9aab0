import type { Node } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { minimapShapes } from './minimapShapes'

const card = (id: string, x: number, y: number, colour: string, extra: Partial<Node> = {}) =>
  ({ id, position: { x, y }, width: 100, height: 40, data: { colour }, ...extra }) as Node

const byColour = (node: Node) => (node.data as { colour: string }).colour

describe('minimapShapes', () => {
  it('draws each card as a rectangle in the path of its colour', () => {
    const shapes = minimapShapes(
      [card('a', 0, 0, 'red'), card('b', 200, 50, 'blue'), card('c', -50, 300, 'red')],
      byColour,
    )
    expect(shapes.cards).toBe(3)
    expect(shapes.layers).toEqual([
      { colour: 'red', d: 'M0 0h100v40h-100zM-50 300h100v40h-100z', cards: 2 },
      { colour: 'blue', d: 'M200 50h100v40h-100z', cards: 1 },
    ])
  })

  it('bounds every card drawn, and nothing for an empty board', () => {
    const shapes = minimapShapes([card('a', 10, 20, 'red'), card('b', 300, -40, 'red')], byColour)
    expect(shapes.bounds).toEqual({ x: 10, y: -40, width: 390, height: 100 })
    expect(minimapShapes([], byColour)).toEqual({ layers: [], bounds: null, cards: 0 })
  })

  it('leaves out hidden nodes and nodes without a size, and prefers the measured size', () => {
    const shapes = minimapShapes(
      [
        card('hidden', 0, 0, 'red', { hidden: true }),
        card('unsized', 0, 0, 'red', { width: undefined, height: undefined }),
        card('measured', 0, 0, 'red', { measured: { width: 50, height: 20 } }),
      ],
      byColour,
    )
    expect(shapes.cards).toBe(1)
    expect(shapes.layers[0]!.d).toBe('M0 0h50v20h-50z')
  })

  it('rounds to tenths, so a path stays short', () => {
    const shapes = minimapShapes([card('a', 1.234, 5.678, 'red', { width: 99.99 })], byColour)
    expect(shapes.layers[0]!.d).toBe('M1.2 5.7h100v40h-100z')
  })
})
