import type { InternalNode } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { nodeBox, placedNodeBox } from './nodeBox'

const node = (
  measured: { width?: number; height?: number },
  size?: { width: number; height: number },
) =>
  ({
    id: 'a',
    position: { x: 0, y: 0 },
    data: {},
    ...size,
    measured,
    internals: { positionAbsolute: { x: 10, y: 20 }, z: 0, userNode: {} },
  }) as unknown as InternalNode

describe('nodeBox', () => {
  it('is the measured box once React Flow has measured the node', () => {
    expect(nodeBox(node({ width: 200, height: 80 }, { width: 190, height: 60 }))).toEqual({
      x: 10,
      y: 20,
      width: 200,
      height: 80,
    })
  })

  it('falls back to the given size for a node not measured yet (a culled card out of view)', () => {
    expect(nodeBox(node({}, { width: 190, height: 60 }))).toMatchObject({ width: 190, height: 60 })
    expect(nodeBox(node({}))).toMatchObject({ width: 0, height: 0 })
  })
})

describe('placedNodeBox', () => {
  it('centres the box on the position Samkart gives the node', () => {
    expect(
      placedNodeBox({ id: 'a', position: { x: 100, y: 50 }, data: {}, width: 180, height: 60 }),
    ).toEqual({ x: 10, y: 20, width: 180, height: 60 })
  })
})
