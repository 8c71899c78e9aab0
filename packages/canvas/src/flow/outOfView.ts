/** A viewport as React Flow keeps it: a translation and a scale. */
export interface ViewTransform {
  x: number
  y: number
  zoom: number
}

/**
 * Whether the point (flow coordinates) lies outside the visible part of the pane, less a
 * `margin` in screen pixels, so a card half cut off at the border counts as out of view too.
 */
export function isOutOfView(
  point: { x: number; y: number },
  view: ViewTransform,
  pane: { width: number; height: number },
  margin = 48,
): boolean {
  const sx = point.x * view.zoom + view.x
  const sy = point.y * view.zoom + view.y
  return sx < margin || sy < margin || sx > pane.width - margin || sy > pane.height - margin
}
