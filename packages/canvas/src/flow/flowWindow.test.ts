import type { Edge, Node } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { nodesInWindow, windowRect } from './flowWindow'

const card = (id: string, x: number, y: number, extra: Partial<Node> = {}): Node => ({
  id,
  position: { x, y },
  data: {},
  width: 100,
  height: 40,
  ...extra,
})

describe('windowRect', () => {
  const view = { x: -1000, y: -500, zoom: 1, width: 1280, height: 720 }

  it('covers the whole view and a margin around it', () => {
    const rect = windowRect(view)!
    // The view is x 1000–2280, y 500–1220 in flow units; the grid is 256 for a 1,280 px view.
    expect(rect.x).toBeLessThanOrEqual(1000 - 128)
    expect(rect.y).toBeLessThanOrEqual(500 - 128)
    expect(rect.x + rect.width).toBeGreaterThanOrEqual(2280 + 128)
    expect(rect.y + rect.height).toBeGreaterThanOrEqual(1220 + 128)
    // …and not much more: at most half a view wider and higher.
    expect(rect.width).toBeLessThanOrEqual(1280 * 1.5)
    expect(rect.height).toBeLessThanOrEqual(720 * 1.5 + 256)
  })

  it('stays the same over a small pan, so a pan does not re-render the board each frame', () => {
    const a = windowRect(view)
    const b = windowRect({ ...view, x: view.x - 20, y: view.y + 15 })
    expect(b).toEqual(a)
    const far = windowRect({ ...view, x: view.x - 600 })
    expect(far!.x).toBeGreaterThan(a!.x)
  })

  it('scales with the zoom: zoomed out, the window spans more of the board', () => {
    const near = windowRect(view)!
    const out = windowRect({ ...view, zoom: 0.25 })!
    expect(out.width).toBeGreaterThan(near.width * 3)
  })

  it('is null until the pane has a size', () => {
    expect(windowRect({ ...view, width: 0 })).toBeNull()
  })
})

describe('nodesInWindow', () => {
  const rect = { x: 0, y: 0, width: 1000, height: 1000 }

  it('keeps the cards overlapping the window, even a card only partly inside', () => {
    const nodes = [card('in', 500, 500), card('edge', 1040, 500), card('out', 1200, 500)]
    expect(nodesInWindow(nodes, rect, []).map((n) => n.id)).toEqual(['in', 'edge'])
  })

  it('keeps selected and dragged cards and both ends of every edge drawn, wherever they are', () => {
    const nodes = [
      card('in', 500, 500),
      card('selected', 5000, 5000, { selected: true }),
      card('dragged', -3000, 0, { dragging: true }),
      card('far-end', 9000, 9000),
      card('unrelated', 9000, 0),
    ]
    const edges: Edge[] = [{ id: 'r', source: 'in', target: 'far-end' }]
    expect(nodesInWindow(nodes, rect, edges).map((n) => n.id)).toEqual([
      'in',
      'selected',
      'dragged',
      'far-end',
    ])
  })

  it('keeps a node of unknown size, which React Flow has to draw to measure', () => {
    const note = { ...card('note', 9000, 9000), width: undefined }
    expect(nodesInWindow([note], rect, []).map((n) => n.id)).toEqual(['note'])
  })

  it('keeps node objects as they are, so React Flow re-renders none of them', () => {
    const nodes = [card('a', 10, 10)]
    expect(nodesInWindow(nodes, rect, [])[0]).toBe(nodes[0])
  })
})
