import { DEFAULT_PLACEMENT } from '@samkart/layout'
import type { Node } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { CONNECT_RING_REACH, cardHandles } from './cardHandles'
import { createNodePlacer } from './createNodePlacer'

const node = (id: string, x: number, y: number): Node => ({ id, position: { x, y }, data: {} })

describe('cardHandles', () => {
  it('declares the ring and the drop area around the whole card, as relations.css draws them', () => {
    const [source, target] = cardHandles({ width: 200, height: 80 })
    for (const handle of [source!, target!])
      expect(handle).toMatchObject({
        x: -CONNECT_RING_REACH,
        y: -CONNECT_RING_REACH,
        width: 200 + 2 * CONNECT_RING_REACH,
        height: 80 + 2 * CONNECT_RING_REACH,
      })
    expect([source!.type, target!.type]).toEqual(['source', 'target'])
  })

  it('gives every placed card handles of its own size, shared between cards of one size', () => {
    const place = createNodePlacer()
    // Far apart: nothing crowds, every card is full size.
    const { nodes } = place([node('a', 0, 0), node('b', 5000, 0), node('c', 0, 5000)])
    const full = DEFAULT_PLACEMENT.full
    for (const placed of nodes) {
      expect(placed.handles).toBe(cardHandles(full))
      expect([placed.width, placed.height]).toEqual([full.width, full.height])
    }
  })

  it('gives a compact chip the handles of a chip', () => {
    const place = createNodePlacer({
      regionOf: () => ({ x: 0, y: 0, width: 300, height: 300 }),
    })
    const crowd = Array.from({ length: 12 }, (_, i) => node(`n${i}`, 150, 150 + i))
    const { nodes } = place(crowd)
    const compact = nodes.filter((n) => (n.data as { compact?: boolean }).compact)
    expect(compact.length).toBeGreaterThan(0)
    for (const chip of compact) expect(chip.handles).toBe(cardHandles(DEFAULT_PLACEMENT.compact))
  })
})
