import { type OnMoveStart, type Rect, useReactFlow } from '@xyflow/react'
import { type RefObject, useCallback, useEffect, useRef } from 'react'
import { type OverlayRect, fitAroundOverlays } from '../flow/fitViewport'

/** Screen pixels kept free around the fitted map. */
const FIT_MARGIN = 12
/** The canvas's zoom limits: a whole 5,000-card board at the one end, a card's chips at the other. */
export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2

/**
 * What floats over the canvas: elements marked `data-canvas-overlay`, and React Flow's zoom
 * controls, which take no data attributes and grow to 44 px on a touch screen.
 */
const OVERLAYS = '[data-canvas-overlay], .react-flow__controls'

/** The floating tools in the canvas's stage ({@link OVERLAYS}), as rectangles relative to the canvas. */
export function overlayRects(canvas: HTMLElement): OverlayRect[] {
  const box = canvas.getBoundingClientRect()
  const stage = canvas.closest('[data-canvas-stage]') ?? canvas
  const rects: OverlayRect[] = []
  for (const el of stage.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.height > 0)
      rects.push({ x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height })
  }
  return rects
}

/**
 * Keeps the whole matrix in view and clear of the floating tools: fits it on start and whenever
 * the canvas or a tool changes size (window resize, a notice appearing, the panel closing),
 * until the user pans or zooms; from then on their view is left alone. «Vis hele kartet» fits
 * again and resumes following the size.
 */
export function useMatrixFit(
  containerRef: RefObject<HTMLElement | null>,
  bounds: Rect,
): { fitMatrix: () => void; onMoveStart: OnMoveStart } {
  const { setViewport, getViewport } = useReactFlow()
  const userMoved = useRef(false)

  const fit = useCallback(() => {
    const el = containerRef.current
    if (!el || el.clientWidth === 0 || el.clientHeight === 0) return
    const next = fitAroundOverlays(bounds, el.clientWidth, el.clientHeight, overlayRects(el), {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      margin: FIT_MARGIN,
    })
    const now = getViewport()
    if (now.x !== next.x || now.y !== next.y || now.zoom !== next.zoom) void setViewport(next)
  }, [containerRef, bounds, setViewport, getViewport])

  const fitMatrix = useCallback(() => {
    userMoved.current = false
    fit()
  }, [fit])

  // Moves we start have no input event; only the user's have one.
  const onMoveStart = useCallback<OnMoveStart>((event) => {
    if (event) userMoved.current = true
  }, [])

  useEffect(() => {
    const el = containerRef.current
    if (!el) return
    const observer = new ResizeObserver(() => {
      if (!userMoved.current) fit()
    })
    observer.observe(el)
    const stage = el.closest('[data-canvas-stage]')
    stage?.querySelectorAll(OVERLAYS).forEach((o) => observer.observe(o))
    return () => observer.disconnect()
  }, [containerRef, fit])

  return { fitMatrix, onMoveStart }
}
