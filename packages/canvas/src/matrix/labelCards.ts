import type { Node } from '@xyflow/react'
import { cardLabelIds } from './actorNodes'

/** React Flow's own keyboard help (`react-flow__node-desc-<rfId>`, rfId `1` by default). */
const FLOW_NODE_HELP = 'react-flow__node-desc-1'

/**
 * Creates a function that gives each actor card among `nodes` the ids of its accessible name
 * (name and category) and description (level, strategy, touchpoints, then the keyboard help)
 * as `aria-labelledby` and `aria-describedby`. A description already there (the filter's
 * «hidden by the filter», see createNodeDimmer) stays first.
 *
 * It runs on the nodes handed to React Flow, after the window (useFlowWindow), so a big board
 * holds these strings for the few hundred cards around the view instead of all 3,000 (two
 * strings of 60–110 characters each, about 0.6 MiB; docs/performance.md, «Big boards»). The
 * strings are built with `join`, which makes flat strings rather than trees of pieces. A card's
 * labelled copy is kept while its node object is the same, since React Flow re-renders a node
 * whenever its object changes; copies of cards that left the window are dropped.
 */
export function createCardLabeller<N extends Node>() {
  let last = new Map<string, { input: N; output: N }>()
  return (nodes: readonly N[]): N[] => {
    const next = new Map<string, { input: N; output: N }>()
    const out = nodes.map((node) => {
      if (node.type !== 'actor') return node
      const known = last.get(node.id)
      if (known?.input === node) {
        next.set(node.id, known)
        return known.output
      }
      const ids = cardLabelIds(node.id)
      const described = node.domAttributes?.['aria-describedby']
      const output = {
        ...node,
        domAttributes: {
          ...node.domAttributes,
          'aria-labelledby': [ids.name, ids.category].join(' '),
          'aria-describedby': (described
            ? [described, ids.meta, FLOW_NODE_HELP]
            : [ids.meta, FLOW_NODE_HELP]
          ).join(' '),
        },
      }
      next.set(node.id, { input: node, output })
      return output
    })
    last = next
    return out
  }
}
