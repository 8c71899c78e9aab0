import type { Edge, Node } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { DIMMED_CLASS } from '../filter/dimNodes'
import { createFarRelationPainter } from './createFarRelationPainter'
import type { RelationEdgeData } from './relationEdges'

const card = (id: string, x: number, y: number): Node => ({
  id,
  position: { x, y },
  data: {},
  width: 100,
  height: 40,
})
const relation = (
  id: string,
  source: string,
  target: string,
  type: RelationEdgeData['type'],
  strength = 0.5,
  className?: string,
): Edge<RelationEdgeData> => ({
  id,
  source,
  target,
  className,
  data: { type, label: '', strength, trust: 0.5, sourceName: source, targetName: target },
})
const subpaths = (d: string) => d.split('M').filter(Boolean).length

describe('createFarRelationPainter', () => {
  const nodes = [card('a', 0, 0), card('b', 400, 0), card('c', 0, 300)]

  it('groups relations of one type and thickness: a path each, one path of arrows', () => {
    const paint = createFarRelationPainter()
    const groups = paint(
      [relation('1', 'a', 'b', 'governance'), relation('2', 'b', 'c', 'governance')],
      nodes,
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ color: '#1f4e9c', dash: undefined, width: 4.5 })
    expect(groups[0]!.lines.map((line) => line.id)).toEqual(['1', '2'])
    expect(groups[0]!.lines.every((line) => subpaths(line.d) === 1)).toBe(true)
    expect(subpaths(groups[0]!.arrows)).toBe(2)
  })

  it('keeps types, thicknesses and dimmed relations apart, in a stable order', () => {
    const paint = createFarRelationPainter()
    const groups = paint(
      [
        relation('1', 'a', 'b', 'funding'),
        relation('2', 'b', 'c', 'governance', 1),
        relation('3', 'a', 'c', 'governance', 1, `x ${DIMMED_CLASS}`),
      ],
      nodes,
    )
    expect(groups.map((g) => g.key)).toEqual(['funding|4.5|0', 'governance|6|0', 'governance|6|1'])
    // The dashes, three times as long as up close (FAR_DASH_SCALE).
    expect(groups[0]).toMatchObject({ dash: '1.5 21', linecap: 'round' })
    expect(groups[2]!.dimmed).toBe(true)
  })

  it('runs from border to border of the two cards, positioned by their centres', () => {
    const paint = createFarRelationPainter()
    const [group] = paint([relation('1', 'a', 'b', 'governance')], nodes)
    // a is centred on 0,0 (its right border at x = 50), b on 400,0 (its left border at 350).
    const [start, , end] = group!.lines[0]!.d.replace(/[MQ]/g, ' ')
      .trim()
      .split(/\s+/)
      .map((p) => p.split(',').map(Number))
    expect(start![0]).toBeCloseTo(50, 0)
    expect(end![0]).toBeGreaterThan(340)
    expect(end![0]).toBeLessThan(350)
    // The arrow's tip is where the line ends.
    expect(group!.arrows.startsWith(`M${end![0]},${end![1]}`)).toBe(true)
  })

  it('follows a moved card and leaves out relations whose card is gone', () => {
    const paint = createFarRelationPainter()
    const edges = [relation('1', 'a', 'b', 'governance'), relation('2', 'a', 'x', 'governance')]
    const before = paint(edges, nodes)[0]!.lines
    expect(before.map((line) => line.id)).toEqual(['1'])
    const moved = [nodes[0]!, card('b', 400, 200), nodes[2]!]
    const after = paint(edges, moved)[0]!.lines
    expect(after[0]!.d).not.toBe(before[0]!.d)
    expect(paint(edges, nodes)[0]!.lines[0]!.d).toBe(before[0]!.d)
  })
})
