/** A rectangle in flow coordinates. */
export interface FlowRect {
  x: number
  y: number
  width: number
  height: number
}

/** Screen pixels at each edge of the canvas that floating tools cover. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

/** React Flow's viewport: the flow point at the canvas's top-left is `(-x/zoom, -y/zoom)`. */
export interface FlowViewport {
  x: number
  y: number
  zoom: number
}

/** Zoom limits and the margin, in screen pixels, kept around the fitted rectangle. */
export interface FitOptions {
  minZoom: number
  maxZoom: number
  margin: number
}

/**
 * The viewport that shows all of `bounds` as large as it fits in a `width` × `height` canvas
 * minus what floating toolbars cover (`insets`), centred in what is left. React Flow's own
 * `fitBounds` takes one padding fraction for all sides, so a toolbar over the top would hide
 * the top of the map; this keeps the map clear of it.
 */
export function fitViewport(
  bounds: FlowRect,
  width: number,
  height: number,
  insets: Insets,
  { minZoom, maxZoom, margin }: FitOptions,
): FlowViewport {
  const freeWidth = Math.max(1, width - insets.left - insets.right - 2 * margin)
  const freeHeight = Math.max(1, height - insets.top - insets.bottom - 2 * margin)
  const fit = Math.min(
    freeWidth / Math.max(1, bounds.width),
    freeHeight / Math.max(1, bounds.height),
  )
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit))
  const centreX = insets.left + margin + freeWidth / 2
  const centreY = insets.top + margin + freeHeight / 2
  return {
    x: centreX - (bounds.x + bounds.width / 2) * zoom,
    y: centreY - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  }
}

/** A floating element over the canvas, in screen pixels relative to the canvas's top left. */
export interface OverlayRect {
  x: number
  y: number
  width: number
  height: number
}

const intersects = (a: OverlayRect, b: OverlayRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * Like {@link fitViewport}, but keeps `bounds` clear only of the overlays it would otherwise run
 * under: an overlay counts against the edge (top or bottom) it sits nearest to once the fitted
 * bounds would overlap it. So a small folded legend in a corner beside the map costs the map no
 * zoom, while a toolbar across its top does.
 */
export function fitAroundOverlays(
  bounds: FlowRect,
  width: number,
  height: number,
  overlays: readonly OverlayRect[],
  options: FitOptions,
): FlowViewport {
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 }
  const counted = new Set<OverlayRect>()
  for (;;) {
    const view = fitViewport(bounds, width, height, insets, options)
    const drawn = {
      x: view.x + bounds.x * view.zoom,
      y: view.y + bounds.y * view.zoom,
      width: bounds.width * view.zoom,
      height: bounds.height * view.zoom,
    }
    const hit = overlays.find((o) => !counted.has(o) && intersects(o, drawn))
    if (!hit) return view
    counted.add(hit)
    if (hit.y + hit.height / 2 < height / 2) insets.top = Math.max(insets.top, hit.y + hit.height)
    else insets.bottom = Math.max(insets.bottom, height - hit.y)
  }
}
