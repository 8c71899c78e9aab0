/**
 * What the PNG export draws: the map on screen, found in the page. The board's views live in
 * @samkart/canvas and know nothing of exporting, so the app reads their rendered DOM, which is
 * exactly what the user sees (React Flow's viewport, or a journey's table).
 */
export type MapSurface =
  | {
      kind: 'flow'
      /** React Flow's root (`.react-flow`): its size is the visible area. */
      container: HTMLElement
      /** `.react-flow__viewport`: nodes, edges and backgrounds, transformed by pan and zoom. */
      viewport: HTMLElement
      /** The canvas's accessible name, such as «Aktørkart: matrise». */
      label: string
    }
  | {
      kind: 'journey'
      /** The horizontally scrolling region around the journey's table. */
      scroller: HTMLElement
      /** The table itself, whole. */
      content: HTMLElement
      label: string
    }

/** The map shown on the board page, or `null` when there is none (still loading, no phases). */
export function findMapSurface(root: ParentNode = document): MapSurface | null {
  const container = root.querySelector<HTMLElement>('.samkart-canvas .react-flow')
  const viewport = container?.querySelector<HTMLElement>('.react-flow__viewport')
  if (container && viewport)
    return { kind: 'flow', container, viewport, label: container.getAttribute('aria-label') ?? '' }
  const scroller = root.querySelector<HTMLElement>('.journey-scroll')
  // The table, not the overlays beside it (other participants' cursors).
  const content = scroller?.querySelector(':scope > table')
  if (scroller && content instanceof HTMLElement)
    return { kind: 'journey', scroller, content, label: scroller.getAttribute('aria-label') ?? '' }
  return null
}

/** A rectangle in flow (or CSS pixel) units. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** React Flow's pan and zoom, read from the viewport's transform. */
export function viewportTransform(viewport: HTMLElement): { x: number; y: number; zoom: number } {
  const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform)
  return { x: matrix.e, y: matrix.f, zoom: matrix.a || 1 }
}

/**
 * Everything drawn in the viewport (cards, relation lines, the matrix or lens background), as
 * one box in flow units. Read from the rendered elements, so it covers whatever the view draws
 * without the app knowing each view's geometry.
 */
export function flowContentBounds(surface: Extract<MapSurface, { kind: 'flow' }>): Box | null {
  const { container, viewport } = surface
  const origin = container.getBoundingClientRect()
  const { x, y, zoom } = viewportTransform(viewport)
  const parts = viewport.querySelectorAll<Element>(
    '.react-flow__node, .react-flow__edge path, .react-flow__viewport-portal *',
  )
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const part of parts) {
    if (part.closest(EXPORT_EXCLUDE)) continue
    const r = part.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    left = Math.min(left, r.left)
    top = Math.min(top, r.top)
    right = Math.max(right, r.right)
    bottom = Math.max(bottom, r.bottom)
  }
  if (!Number.isFinite(left)) return null
  const toFlow = (sx: number, sy: number) => ({
    x: (sx - origin.left - x) / zoom,
    y: (sy - origin.top - y) / zoom,
  })
  const a = toFlow(left, top)
  const b = toFlow(right, bottom)
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y }
}

/**
 * Left out of exported pictures: React Flow's controls, minimap, attribution and selection
 * boxes, connection handles, text only screen readers get, and anything a view marks with
 * `data-export-exclude` (other participants' cursors, for instance).
 */
export const EXPORT_EXCLUDE = [
  '[data-export-exclude]',
  '.react-flow__minimap',
  '.react-flow__controls',
  '.react-flow__panel',
  '.react-flow__attribution',
  '.react-flow__selection',
  '.react-flow__nodesselection',
  '.react-flow__connectionline',
  '.react-flow__handle',
  '.samkart-visually-hidden',
  '.ds-sr-only',
  // A journey's editing buttons (move, rename, delete, add) beside its phases and touchpoints.
  '.journey-phase__tools',
  '.journey-touchpoint__tools',
].join(', ')
