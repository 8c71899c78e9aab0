import { type Node, Panel, type ReactFlowState, useStore, useStoreApi } from '@xyflow/react'
import { type XYMinimapInstance, XYMinimap } from '@xyflow/system'
import { useEffect, useMemo, useRef } from 'react'
import { minimapShapes } from './minimapShapes'
import './minimap.css'

/** Props of {@link BoardMinimap}. */
export interface BoardMinimapProps {
  /** Every card and note of the board, also those React Flow does not draw (culled). */
  nodes: readonly Node[]
  colourOf: (node: Node) => string
  /** The map's accessible name. */
  label: string
  width: number
  height: number
}

/** Room around the drawing, in minimap pixels, as React Flow's minimap leaves. */
const OFFSET = 5

interface ViewState {
  x: number
  y: number
  zoom: number
  flowWidth: number
  flowHeight: number
}

const viewSelector = (s: ReactFlowState): ViewState => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  flowWidth: s.width,
  flowHeight: s.height,
})
const sameView = (a: ViewState, b: ViewState) =>
  a.x === b.x &&
  a.y === b.y &&
  a.zoom === b.zoom &&
  a.flowWidth === b.flowWidth &&
  a.flowHeight === b.flowHeight

/**
 * The overview map in the canvas's corner: every card as a small block in its colour, the part
 * in view framed, and dragging or scrolling on it pans and zooms the canvas (React Flow's
 * own `XYMinimap` handles those). Draws a path per colour rather than an element per card (see
 * {@link minimapShapes}), so a board of thousands of cards costs a handful of elements.
 */
export function BoardMinimap({ nodes, colourOf, label, width, height }: BoardMinimapProps) {
  const store = useStoreApi()
  const svg = useRef<SVGSVGElement>(null)
  const view = useStore(viewSelector, sameView)
  const panZoom = useStore((s) => s.panZoom)
  const translateExtent = useStore((s) => s.translateExtent)
  const shapes = useMemo(() => minimapShapes(nodes, colourOf), [nodes, colourOf])

  // The part of the flow in view, and the box around it and every card.
  const inView = {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: view.flowWidth / view.zoom,
    height: view.flowHeight / view.zoom,
  }
  const all = shapes.bounds ? union(shapes.bounds, inView) : inView
  const viewScale = Math.max(all.width / width, all.height / height)
  const offset = OFFSET * viewScale
  const box = {
    x: all.x - (viewScale * width - all.width) / 2 - offset,
    y: all.y - (viewScale * height - all.height) / 2 - offset,
    width: viewScale * width + offset * 2,
    height: viewScale * height + offset * 2,
  }
  const viewScaleRef = useRef(viewScale)
  viewScaleRef.current = viewScale

  const minimap = useRef<XYMinimapInstance | null>(null)
  useEffect(() => {
    if (!svg.current || !panZoom) return
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScaleRef.current,
    })
    minimap.current = instance
    return () => {
      instance.destroy()
      minimap.current = null
    }
  }, [panZoom, store])
  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: view.flowWidth,
      height: view.flowHeight,
      pannable: true,
      zoomable: true,
    })
  }, [panZoom, translateExtent, view.flowWidth, view.flowHeight])

  return (
    <Panel position="bottom-right" className="react-flow__minimap samkart-minimap">
      <svg
        ref={svg}
        width={width}
        height={height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={label}
        data-cards={shapes.cards}
      >
        {shapes.layers.map((layer) => (
          // A style, not the fill attribute: the colours are CSS custom properties.
          <path key={layer.colour} d={layer.d} style={{ fill: layer.colour }} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}h${-box.width - offset * 2}z
        M${inView.x},${inView.y}h${inView.width}v${inView.height}h${-inView.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  )
}

function union(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}
