import { getFontEmbedCSS, toCanvas } from 'html-to-image'
import { type PngFrame, composePng } from './composePng'
import { type ExportHooks, throwIfCancelled } from './exportProgress'
import {
  type MapSurface,
  excludedFromExport,
  flowContentBounds,
  viewportTransform,
} from './mapSurface'
import { boardShot, viewShot } from './pngGeometry'

/** Which part of the map a picture shows. */
export type PngScope = 'view' | 'board'
/** Pixel ratio: 1× for the screen, 2× or 3× for print and large screens. */
export type PngScale = 1 | 2 | 3

/** Options of {@link renderPng}. */
export interface PngOptions {
  scope: PngScope
  scale: PngScale
}

/**
 * The page's web fonts as embeddable CSS, fetched once per page: html-to-image would otherwise
 * download and base64-encode every font file for every picture.
 */
let fontCss: Promise<string> | null = null
function embeddedFonts(node: HTMLElement): Promise<string> {
  fontCss ??= getFontEmbedCSS(node).catch(() => '')
  return fontCss
}

/** The first solid background colour at or above `element`, white if there is none. */
function backgroundOf(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour
  }
  return '#ffffff'
}

/**
 * Leaves out React Flow's chrome, `data-export-exclude` overlays (cursors), connection handles
 * and text only screen readers get: none of it is seen on the map, and every element left out
 * is one fewer for html-to-image to copy styles into.
 */
function keep(node: HTMLElement): boolean {
  if (excludedFromExport(node)) return false
  if (!(node instanceof Element)) return true
  const classes = node.classList
  return !(
    classes.contains('react-flow__handle') ||
    classes.contains('samkart-visually-hidden') ||
    classes.contains('ds-sr-only')
  )
}

/** What to hand html-to-image: the element and how to size and place it. */
function plan(surface: MapSurface, options: PngOptions) {
  if (surface.kind === 'flow') {
    const view = viewportTransform(surface.viewport)
    const bounds = options.scope === 'board' ? flowContentBounds(surface) : null
    const shot = bounds
      ? boardShot(bounds, options.scale)
      : viewShot(
          { width: surface.container.clientWidth, height: surface.container.clientHeight },
          view,
        )
    return {
      node: surface.viewport,
      width: shot.width,
      height: shot.height,
      style: { width: `${shot.width}px`, height: `${shot.height}px`, transform: shot.transform },
      background: backgroundOf(surface.container),
    }
  }
  const { scroller, content } = surface
  if (options.scope === 'board')
    return {
      node: content,
      width: content.scrollWidth,
      height: content.scrollHeight,
      style: {},
      background: backgroundOf(scroller),
    }
  return {
    node: content,
    width: Math.min(scroller.clientWidth, content.scrollWidth),
    height: Math.min(scroller.clientHeight, content.scrollHeight),
    style: { transform: `translate(${-scroller.scrollLeft}px, ${-scroller.scrollTop}px)` },
    background: backgroundOf(scroller),
  }
}

/**
 * A PNG of the map on screen: the current view or the whole board, at the chosen pixel ratio,
 * framed by the board's title, the view and date, and the key. Runs on the main thread because
 * it copies the live DOM; it checks for Cancel between its steps (html-to-image itself cannot
 * be interrupted, so a cancel lands when its step ends and nothing is downloaded).
 */
export async function renderPng(
  surface: MapSurface,
  options: PngOptions,
  frame: PngFrame,
  { signal, onProgress }: ExportHooks,
): Promise<Blob> {
  onProgress({ step: 'prepare', fraction: 0.02 })
  const shot = plan(surface, options)
  const fontEmbedCSS = await embeddedFonts(shot.node)
  throwIfCancelled(signal)
  onProgress({ step: 'drawMap', fraction: 0.1 })
  const map = await toCanvas(shot.node, {
    width: shot.width,
    height: shot.height,
    style: shot.style,
    pixelRatio: options.scale,
    backgroundColor: shot.background,
    filter: keep,
    fontEmbedCSS,
    // The limits are ours (pngGeometry); html-to-image's own auto-scaling would blur the text.
    skipAutoScale: true,
  })
  throwIfCancelled(signal)
  onProgress({ step: 'encodePng', fraction: 0.75 })
  const picture = composePng(
    map,
    { width: shot.width, height: shot.height },
    frame,
    options.scale,
    shot.background,
  )
  const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'))
  throwIfCancelled(signal)
  if (!blob) throw new Error('the browser could not encode the picture')
  onProgress({ step: 'encodePng', fraction: 1 })
  return blob
}
