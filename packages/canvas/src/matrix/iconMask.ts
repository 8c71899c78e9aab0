import type { CSSProperties } from 'react'

/**
 * The style that draws an SVG shape as a CSS mask over `currentColor` (see `icon.css`): the icon
 * is one empty `span` instead of an `svg` with its shapes. A card shows up to four icons, and a
 * big board draws a few hundred cards; as inline SVG each icon was two or three elements and
 * as many React fibers (docs/performance.md, «Big boards»).
 *
 * `body` is SVG markup drawn in black on a `size`×`size` box; only its coverage counts.
 */
export function iconMask(size: number, body: string): CSSProperties {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">${body}</svg>`
  const url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`
  return { '--samkart-icon': url } as CSSProperties
}
