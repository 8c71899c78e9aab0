import type { Node } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { cardLabelIds } from './actorNodes'
import { createCardLabeller } from './labelCards'

const role = { 'aria-roledescription': 'aktørkort' }
const card = (id: string, extra: Partial<Node> = {}): Node => ({
  id,
  type: 'actor',
  position: { x: 0, y: 0 },
  data: {},
  domAttributes: role,
  ...extra,
})

describe('createCardLabeller', () => {
  it('names each card by its name and category, and describes it by its details and the keyboard help', () => {
    const [labelled] = createCardLabeller()([card('a1')])
    const ids = cardLabelIds('a1')
    expect(labelled!.domAttributes).toEqual({
      'aria-roledescription': 'aktørkort',
      'aria-labelledby': `${ids.name} ${ids.category}`,
      'aria-describedby': `${ids.meta} react-flow__node-desc-1`,
    })
  })

  it('keeps the filter’s «hidden by the filter» first in the description', () => {
    const dimmed = card('a1', {
      domAttributes: { ...role, 'aria-describedby': 'samkart-filter-dimmed' },
    })
    const [labelled] = createCardLabeller()([dimmed])
    expect(labelled!.domAttributes?.['aria-describedby']).toBe(
      `samkart-filter-dimmed ${cardLabelIds('a1').meta} react-flow__node-desc-1`,
    )
  })

  it('hands back the same copy while the node is the same, and a new one when it changes', () => {
    const label = createCardLabeller()
    const a = card('a1')
    const b = card('b1')
    const first = label([a, b])
    const again = label([a, b])
    expect(again[0]).toBe(first[0])
    expect(again[1]).toBe(first[1])
    const moved = { ...a, position: { x: 5, y: 5 } }
    const next = label([moved, b])
    expect(next[0]).not.toBe(first[0])
    expect(next[0]!.position).toEqual({ x: 5, y: 5 })
    expect(next[1]).toBe(first[1])
  })

  it('forgets a card that left the nodes, and leaves other kinds of node as they are', () => {
    const label = createCardLabeller()
    const a = card('a1')
    const note: Node = { id: 'n1', type: 'note', position: { x: 0, y: 0 }, data: {} }
    const first = label([a, note])
    expect(first[1]).toBe(note)
    label([note])
    expect(label([a, note])[0]).not.toBe(first[0])
  })
})
