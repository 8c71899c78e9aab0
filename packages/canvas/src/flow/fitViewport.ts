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
