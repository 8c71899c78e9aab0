/**
 * The three corners of an arrowhead of length `length` pointing at (x2, y2) along the line from
 * (x1, y1), and the point where the line should stop so its end hides under the head. Shared by
 * the SVG and PDF writers so both draw the same arrow.
 */
export function arrowHead(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  length: number,
): { points: [number, number][]; lineEnd: [number, number] } {
  const dx = x2 - x1
  const dy = y2 - y1
  const d = Math.hypot(dx, dy) || 1
  const ux = dx / d
  const uy = dy / d
  const half = length * 0.45
  const bx = x2 - ux * length
  const by = y2 - uy * length
  return {
    points: [
      [x2, y2],
      [bx - uy * half, by + ux * half],
      [bx + uy * half, by - ux * half],
    ],
    lineEnd: [x2 - ux * length * 0.7, y2 - uy * length * 0.7],
  }
}
