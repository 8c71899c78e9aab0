import { describe, expect, it } from 'vitest'
import { boxExit, floatingEdge } from './edgeGeometry'

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 })

describe('boxExit', () => {
  it('leaves through the side facing the target', () => {
    expect(boxExit(box(0, 0), { x: 500, y: 20 })).toEqual({ x: 100, y: 20 })
    expect(boxExit(box(0, 0), { x: 50, y: -300 })).toEqual({ x: 50, y: 0 })
  })

  it('adds the gap along the ray and survives a target at the centre', () => {
    expect(boxExit(box(0, 0), { x: 500, y: 20 }, 4)).toEqual({ x: 104, y: 20 })
    expect(boxExit(box(0, 0), { x: 50, y: 20 })).toEqual({ x: 50, y: 20 })
  })
})

describe('floatingEdge', () => {
  it('starts and ends on the facing borders of the two cards', () => {
    const { path } = floatingEdge(box(0, 0), box(400, 0))
    const [start, , end] = path
      .replace(/[MQ]/g, ' ')
      .trim()
      .split(/\s+/)
      .map((p) => p.split(',').map(Number))
    expect(start![0]).toBeCloseTo(100, 0)
    expect(end![0]).toBeLessThan(400)
    expect(end![0]).toBeGreaterThan(390)
  })

  it('bows A → B and B → A to opposite sides, so both stay visible', () => {
    const there = floatingEdge(box(0, 0), box(400, 0))
    const back = floatingEdge(box(400, 0), box(0, 0))
    expect(Math.sign(there.labelY - 20)).toBe(-Math.sign(back.labelY - 20))
  })
})
