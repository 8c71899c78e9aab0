import { useT } from '@samkart/i18n/react'
import type { OnNodesChange, Rect } from '@xyflow/react'
import { ActorFlow } from '../ActorFlow'
import { ActorNode } from './ActorNode'
import type { ActorFlowNode } from './actorNodes'
import { MatrixBackground } from './MatrixBackground'
import {
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  matrixCellRect,
  matrixRegion,
  positionToScores,
} from '@samkart/layout'
import type { MatrixCell } from '@samkart/model'
import { AnchorMarkers } from '../placement/AnchorMarkers'
import type { NodePlacerOptions } from '../placement/createNodePlacer'
import { usePlacedNodes } from '../placement/usePlacedNodes'
import './matrix.css'

/** Defined once: a new object per render would make React Flow re-create every node. */
const NODE_TYPES = { actor: ActorNode }
/** The matrix plus room for the axis titles (left and below) and the cell labels. */
const MATRIX_BOUNDS: Rect = {
  x: -64,
  // Room for the cell labels above and below the cells (see matrixBackground.css).
  y: -48,
  width: MATRIX_WIDTH + 80,
  height: MATRIX_HEIGHT + 96,
}
const CELLS: readonly MatrixCell[] = ['high-high', 'high-low', 'low-high', 'low-low']
/**
 * A card stays in the cell of its scores, so where it is drawn never contradicts its category;
 * in a crowded cell the cards become compact chips first.
 */
const PLACEMENT: NodePlacerOptions<ActorFlowNode> = {
  regionOf: (node) => matrixRegion(positionToScores(node.position)),
  regions: CELLS.map((cell) => matrixCellRect(cell)),
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
  const placed = usePlacedNodes(nodes, PLACEMENT)
  return (
    <ActorFlow
      label={t('matrix.label')}
      nodes={placed.nodes}
      onNodesChange={onNodesChange}
      nodeTypes={NODE_TYPES}
      bounds={MATRIX_BOUNDS}
      translateExtent={TRANSLATE_EXTENT}
      background={
        <>
          {BACKGROUND}
          <AnchorMarkers markers={placed.markers} />
        </>
      }
      relations
      minimap
      keyboardHelp={t('matrix.keyboardHelp')}
      notes="matrix"
    />
  )
}
