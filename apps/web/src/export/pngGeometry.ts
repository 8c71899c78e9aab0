import type { Box } from './mapSurface'

/** Room around the outermost card in a whole-board picture, in flow units. */
export const BOARD_MARGIN = 40
/**
 * Largest map in a picture, in device pixels, per side and in area. Safari on iPhone and iPad
 * cannot make a canvas over 16.7 megapixels (4096²), and facilitators export from tablets too;
 * the area leaves room within that for the title and key around the map. It also keeps a 3×
 * picture of a sprawling network to seconds and tens of megabytes, not minutes and hundreds.
 * The same limit as the headless PNG of `pnpm samkart export`.
 */
export const MAX_SIDE_PX = 16_384
export const MAX_AREA_PX = 15_000_000

/** How to draw a flow's viewport: the picture's size in CSS pixels and the transform to use. */
export interface FlowShot {
  width: number
  height: number
  /** Flow units per CSS pixel of the picture; 1 unless the board is too large. */
  zoom: number
  /** The viewport's CSS transform for the picture. */
  transform: string
}

/**
 * The whole board at zoom 1 (cards at their own size, as in print), zoomed out only as far as
 * the {@link MAX_SIDE_PX} and {@link MAX_AREA_PX} limits require at `pixelRatio`.
 */
export function boardShot(bounds: Box, pixelRatio: number): FlowShot {
  const w = bounds.width + 2 * BOARD_MARGIN
  const h = bounds.height + 2 * BOARD_MARGIN
  const zoom = Math.min(
    1,
    MAX_SIDE_PX / (w * pixelRatio),
    MAX_SIDE_PX / (h * pixelRatio),
    Math.sqrt(MAX_AREA_PX / (w * h * pixelRatio * pixelRatio)),
  )
  const x = (BOARD_MARGIN - bounds.x) * zoom
  const y = (BOARD_MARGIN - bounds.y) * zoom
  return {
    width: Math.ceil(w * zoom),
    height: Math.ceil(h * zoom),
    zoom,
    transform: `translate(${x}px, ${y}px) scale(${zoom})`,
  }
}

/**
 * The pixel ratio for a picture of `size` CSS pixels: the one asked for, or as much less as the
 * {@link MAX_SIDE_PX} and {@link MAX_AREA_PX} limits require (a 3× picture of a very large
 * screen).
 */
export function fitPixelRatio(size: { width: number; height: number }, pixelRatio: number): number {
  return Math.min(
    pixelRatio,
    MAX_SIDE_PX / size.width,
    MAX_SIDE_PX / size.height,
    Math.sqrt(MAX_AREA_PX / (size.width * size.height)),
  )
}

/** What is on screen now: the visible area at the current pan and zoom. */
export function viewShot(
  size: { width: number; height: number },
  viewport: { x: number; y: number; zoom: number },
): FlowShot {
  return {
    width: Math.round(size.width),
    height: Math.round(size.height),
    zoom: viewport.zoom,
    transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
  }
}
