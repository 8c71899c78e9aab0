import { describe, expect, it } from 'vitest'
import { DIMMED_CLASS, DIMMED_DESCRIPTION_ID, createNodeDimmer, isDimmed } from './dimNodes'

type N = { id: string; className?: string; domAttributes?: { 'aria-describedby'?: string } }

describe('createNodeDimmer', () => {
  it('returns the same array when nothing is dimmed', () => {
    const dim = createNodeDimmer<N>()
    const nodes: N[] = [{ id: 'a' }]
    expect(dim(nodes, () => false)).toBe(nodes)
  })

  it('adds the class and puts the filter note first in the description', () => {
    const dim = createNodeDimmer<N>()
    const nodes: N[] = [
      { id: 'a', domAttributes: { 'aria-describedby': 'meta help' } },
      { id: 'b' },
    ]
    const [a, b] = dim(nodes, (n) => n.id === 'a')
    expect(a!.className).toBe(DIMMED_CLASS)
    expect(a!.domAttributes!['aria-describedby']).toBe(`${DIMMED_DESCRIPTION_ID} meta help`)
    expect(b).toBe(nodes[1])
    expect(nodes[0]!.className).toBeUndefined()
  })

  it('hands back the same dimmed copy for the same source node', () => {
    const dim = createNodeDimmer<N>()
    const node: N = { id: 'a', className: 'x' }
    const first = dim([node], () => true)[0]
    expect(dim([node, { id: 'b' }], (n) => n.id === 'a')[0]).toBe(first)
    expect(first!.className).toBe(`x ${DIMMED_CLASS}`)
  })

  it('only adds the class when told not to describe (relations)', () => {
    const dim = createNodeDimmer<N>({ describe: false })
    const [edge] = dim([{ id: 'r' }], () => true)
    expect(edge).toEqual({ id: 'r', className: DIMMED_CLASS })
  })
})

describe('isDimmed', () => {
  it('tells a copy the dimmer made from the node it came from', () => {
    const node = { id: 'a', className: 'samkart-node--compact' }
    const [dimmed] = createNodeDimmer<typeof node>()([node], () => true)
    expect(isDimmed(dimmed!)).toBe(true)
    expect(isDimmed(node)).toBe(false)
    expect(isDimmed({ className: `${DIMMED_CLASS}-not` })).toBe(false)
  })
})
