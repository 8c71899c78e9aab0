import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import { CommentBadge } from '../comments/CommentBadge'
import { useCommentCount } from '../comments/useCommentCount'
import { nodeBox } from '../flow/nodeBox'
import { useEdgeEnds } from '../flow/useEdgeEnds'
import { floatingEdge } from './edgeGeometry'
import type { RelationFlowEdge } from './relationEdges'
import { RELATION_STYLES, relationStrokeWidth } from './relationStyle'

/**
 * One relation: a curve between the two cards' borders in the colour and dash pattern of its
 * type, an arrowhead at the target, thickness by strength and the optional label halfway.
 * Memoised; it follows its two cards through `useEdgeEnds`, so a drag re-renders only the edges
 * of the card being dragged.
 */
function RelationEdgeView({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<RelationFlowEdge>) {
  const comments = useCommentCount('relation', id)
  const [sourceNode, targetNode] = useEdgeEnds(source, target)
  if (!sourceNode || !targetNode || !data) return null
  const geometry = floatingEdge(nodeBox(sourceNode), nodeBox(targetNode))
  const style = RELATION_STYLES[data.type]
  return (
    <>
      <BaseEdge
        id={id}
        path={geometry.path}
        markerEnd={markerEnd}
        interactionWidth={18}
        className="samkart-relation"
        style={{
          stroke: style.color,
          strokeDasharray: style.dash,
          strokeLinecap: style.linecap,
          strokeWidth: relationStrokeWidth(data.strength) + (selected ? 1.5 : 0),
        }}
      />
      {(data.label || comments > 0) && (
        <EdgeLabelRenderer>
          <div
            className="samkart-relation__label"
            aria-hidden="true"
            data-edge={id}
            data-selected={selected}
            style={{
              transform: `translate(-50%, -50%) translate(${geometry.labelX}px, ${geometry.labelY}px)`,
              borderColor: style.color,
            }}
          >
            {data.label}
            <CommentBadge kind="relation" id={id} silent />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

/** The React Flow edge component for relations (`type: 'relation'`). */
export const RelationEdge = memo(RelationEdgeView)
