import { Handle, type NodeProps, Position } from '@xyflow/react'
import { memo } from 'react'
import type { DesiredFlowNode } from './desiredNodes'

/**
 * Where the work wants an actor in the lens: a dashed outline with the actor's name, drawn
 * lighter than the card so "now" and "wanted" are told apart by more than colour. The hidden
 * handles only anchor the arrow from the card; nothing connects here.
 */
function DesiredNodeView({ data }: NodeProps<DesiredFlowNode>) {
  return (
    <div className="samkart-desired" aria-hidden="true">
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={false}
        className="samkart-desired__handle"
      />
      <span className="samkart-desired__name">{data.name}</span>
    </div>
  )
}

/** The React Flow node component for desired-position markers (`type: 'desired'`). */
export const DesiredNode = memo(DesiredNodeView)
