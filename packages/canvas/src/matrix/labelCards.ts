import type { Node } from '@xyflow/react'
import { createCopyCache } from '../flow/createCopyCache'
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
 * strings of 60–110 characters each; 0.2–0.4 MiB in docs/performance.md, «Big boards» §10).
 * The strings are built with `join`, which makes flat strings rather than trees of pieces.
 */
export function createCardLabeller<N extends Node>() {
  return createCopyCache<N>((node) => {
    if (node.type !== 'actor') return undefined
    const ids = cardLabelIds(node.id)
    const described = node.domAttributes?.['aria-describedby']
    return {
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
  })
}
