import { BaseEdge, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import { nodeBox } from '../flow/nodeBox'
import { useEdgeEnds } from '../flow/useEdgeEnds'
import { type Box, boxExit } from '../relations/edgeGeometry'
import type { DesireFlowEdge } from './desiredNodes'

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * The arrow from an actor's card (now) to its desired marker (wanted), border to border. Not
 * drawn while the two overlap: the actor is where the work wants it.
 */
function DesireEdgeView({ id, source, target, markerEnd }: EdgeProps<DesireFlowEdge>) {
  const [from, to] = useEdgeEnds(source, target)
  if (!from || !to) return null
  const a = nodeBox(from)
  const b = nodeBox(to)
  if (overlaps(a, b)) return null
  const start = boxExit(a, centre(b))
  const end = boxExit(b, centre(a), 3)
  return (
    <BaseEdge
      id={id}
      path={`M${start.x},${start.y} L${end.x},${end.y}`}
      markerEnd={markerEnd}
      className="samkart-desire"
      interactionWidth={0}
    />
  )
}

/** The React Flow edge component for desire arrows (`type: 'desire'`). */
export const DesireEdge = memo(DesireEdgeView)
