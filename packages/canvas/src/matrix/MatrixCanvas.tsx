import { useT } from '@samkart/i18n/react'
import {
  type AriaLabelConfig,
  Controls,
  type NodeOrigin,
  type OnNodesChange,
  ReactFlow,
  type Rect,
} from '@xyflow/react'
import { type Dispatch, type RefObject, type SetStateAction, useCallback, useMemo } from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { useCardKeyboard } from '../hooks/useCardKeyboard'
import { useMatrixFit } from '../hooks/useMatrixFit'
import { ActorNode } from './ActorNode'
import type { ActorFlowNode } from './actorNodes'
import { MatrixBackground } from './MatrixBackground'
import { MATRIX_HEIGHT, MATRIX_WIDTH } from './matrixGeometry'
import './matrix.css'

/** Defined once: a new object per render would make React Flow re-create every node. */
const NODE_TYPES = { actor: ActorNode }
/** A card's position is its centre, so position and scores are the same point. */
const NODE_ORIGIN: NodeOrigin = [0.5, 0.5]
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

/** Props of {@link MatrixCanvas}. */
export interface MatrixCanvasProps {
  doc: Y.Doc
  nodes: ActorFlowNode[]
  setNodes: Dispatch<SetStateAction<ActorFlowNode[]>>
  onNodesChange: OnNodesChange<ActorFlowNode>
  actions: ActorActions
  onRename: (id: string) => void
  announce: (text: string) => void
  /** The focusable wrapper; focus returns here after a card is deleted. */
  containerRef: RefObject<HTMLDivElement | null>
}

/**
 * The aktørkart as a React Flow canvas: the matrix background, one card per actor and zoom
 * controls, with every label translated (React Flow's own defaults are English).
 */
export function MatrixCanvas({
  doc,
  nodes,
  setNodes,
  onNodesChange,
  actions,
  onRename,
  announce,
  containerRef,
}: MatrixCanvasProps) {
  const t = useT()
  const { fitMatrix, onMoveStart } = useMatrixFit(containerRef, MATRIX_BOUNDS)
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: ActorFlowNode) => onRename(node.id),
    [onRename],
  )
  const focusCanvas = useCallback(() => containerRef.current?.focus(), [containerRef])
  const keyboard = useCardKeyboard({
    doc,
    actions,
    setNodes,
    onRename,
    onDeleted: focusCanvas,
    announce,
  })

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('matrix.keyboardHelp'),
      'node.a11yDescription.keyboardDisabled': t('matrix.keyboardHelp'),
      'controls.ariaLabel': t('matrix.controls'),
      'controls.zoomIn.ariaLabel': t('matrix.zoomIn'),
      'controls.zoomOut.ariaLabel': t('matrix.zoomOut'),
      'controls.fitView.ariaLabel': t('matrix.fitView'),
    }),
    [t],
  )

  return (
    <div
      ref={containerRef}
      className="samkart-canvas"
      tabIndex={-1}
      onKeyDownCapture={keyboard.onKeyDownCapture}
      onFocus={keyboard.onFocus}
    >
      <ReactFlow<ActorFlowNode>
        aria-label={t('matrix.label')}
        nodes={nodes}
        onNodesChange={onNodesChange}
        nodeTypes={NODE_TYPES}
        nodeOrigin={NODE_ORIGIN}
        onInit={fitMatrix}
        onMoveStart={onMoveStart}
        onNodeDoubleClick={onNodeDoubleClick}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={0.25}
        maxZoom={2}
        translateExtent={TRANSLATE_EXTENT}
        ariaLabelConfig={ariaLabelConfig}
      >
        <MatrixBackground />
        <Controls showInteractive={false} onFitView={fitMatrix} position="bottom-right" />
      </ReactFlow>
    </div>
  )
}
