import { useT } from '@samkart/i18n/react'
import type { OnNodesChange, Rect } from '@xyflow/react'
import { ActorFlow } from '../ActorFlow'
import { ActorNode } from './ActorNode'
import type { ActorFlowNode } from './actorNodes'
import { MatrixBackground } from './MatrixBackground'
import { MATRIX_HEIGHT, MATRIX_WIDTH } from './matrixGeometry'
import './matrix.css'

/** Defined once: a new object per render would make React Flow re-create every node. */
const NODE_TYPES = { actor: ActorNode }
/** The matrix plus room for the axis titles (left and below) and half a card on each edge. */
const MATRIX_BOUNDS: Rect = {
  x: -90,
  // Room for the cell labels above and below the cells (see matrixBackground.css).
  y: -105,
  width: MATRIX_WIDTH + 150,
  height: MATRIX_HEIGHT + 260,
}
/** Panning stops a little beyond the matrix, so it cannot be lost off-screen. */
const TRANSLATE_EXTENT: [[number, number], [number, number]] = [
  [-MATRIX_WIDTH * 0.5, -MATRIX_HEIGHT * 0.5],
  [MATRIX_WIDTH * 1.5, MATRIX_HEIGHT * 1.5],
]
const BACKGROUND = <MatrixBackground />

/** Props of {@link MatrixCanvas}. */
export interface MatrixCanvasProps {
  /** The cards, with `selected` already derived from the selection store. */
  nodes: ActorFlowNode[]
  onNodesChange: OnNodesChange<ActorFlowNode>
}

/**
 * The aktørkart matrix: importance × substitutability behind the cards, where a card's position
 * is its scores, and the relations between the actors drawn on top.
 */
export function MatrixCanvas({ nodes, onNodesChange }: MatrixCanvasProps) {
  const t = useT()
  return (
    <ActorFlow
      label={t('matrix.label')}
      nodes={nodes}
      onNodesChange={onNodesChange}
      nodeTypes={NODE_TYPES}
      bounds={MATRIX_BOUNDS}
      translateExtent={TRANSLATE_EXTENT}
      background={BACKGROUND}
      relations
      minimap
      keyboardHelp={t('matrix.keyboardHelp')}
    />
  )
}
