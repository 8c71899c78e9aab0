import { getFontEmbedCSS, toSvg } from 'html-to-image'
import { type PngFrame, composePng } from './composePng'
import { type ExportHooks, throwIfCancelled } from './exportProgress'
import { EXPORT_EXCLUDE, type MapSurface, flowContentBounds, viewportTransform } from './mapSurface'
import { boardShot, fitPixelRatio, viewShot } from './pngGeometry'
import { pageCss, styledCopy } from './styledCopy'
import { withWholeMap } from './withWholeMap'

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
 * What to hand html-to-image: the element, the picture's size in CSS pixels, the style that
 * places the element in it, and the pixel ratio within the size limits (pngGeometry).
 */
function plan(surface: MapSurface, options: PngOptions) {
  if (surface.kind === 'flow') {
    const bounds = options.scope === 'board' ? flowContentBounds(surface) : null
    // A whole board is zoomed out to fit the limits; the view on screen keeps its zoom and
    // gets a lower pixel ratio instead.
    const shot = bounds
      ? boardShot(bounds, options.scale)
      : viewShot(
          { width: surface.container.clientWidth, height: surface.container.clientHeight },
          viewportTransform(surface.viewport),
        )
    return {
      node: surface.viewport,
      width: shot.width,
      height: shot.height,
      pixelRatio: bounds ? options.scale : fitPixelRatio(shot, options.scale),
      style: { width: `${shot.width}px`, height: `${shot.height}px`, transform: shot.transform },
      background: backgroundOf(surface.container),
    }
  }
  const { scroller, content } = surface
  const whole = options.scope === 'board'
  const width = whole ? content.scrollWidth : Math.min(scroller.clientWidth, content.scrollWidth)
  const height = whole
    ? content.scrollHeight
    : Math.min(scroller.clientHeight, content.scrollHeight)
  return {
    node: content,
    width,
    height,
    pixelRatio: fitPixelRatio({ width, height }, options.scale),
    style: whole
      ? ({} as Record<string, string>)
      : { transform: `translate(${-scroller.scrollLeft}px, ${-scroller.scrollTop}px)` },
    background: backgroundOf(scroller),
  }
}

/** Names of the user-timing measures of each step, read by the export benchmark. */
export const PNG_MEASURES = {
  copy: 'samkart-png:copy-dom',
  decode: 'samkart-png:decode-svg',
  draw: 'samkart-png:draw',
  encode: 'samkart-png:encode',
} as const

/** Runs `step` and records how long it took as a user-timing measure. */
async function timed<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  const start = performance.now()
  try {
    return await step()
  } finally {
    performance.measure(name, { start, end: performance.now() })
  }
}

/** Loads an SVG data URL as an image, decoded and ready to draw. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image()
  image.decoding = 'async'
  image.src = url
  await image.decode()
  return image
}

/**
 * A PNG of the map on screen: the current view or the whole board, at the chosen pixel ratio,
 * framed by the board's title, the view and date, and the key. Runs on the main thread because
 * it copies the live DOM (html-to-image turns the copy into an SVG, which the browser draws);
 * it checks for Cancel between its steps (a step itself cannot be interrupted, so a cancel
 * lands when the step ends, and nothing is downloaded).
 */
export async function renderPng(
  surface: MapSurface,
  options: PngOptions,
  frame: PngFrame,
  hooks: ExportHooks,
): Promise<Blob> {
  hooks.onProgress({ step: 'prepare', fraction: 0.02 })
  // The whole board: every card on the page first, also on a big board that draws only the
  // cards in view.
  return options.scope === 'board'
    ? withWholeMap(surface, hooks.signal, () => drawPng(surface, options, frame, hooks))
    : drawPng(surface, options, frame, hooks)
}

async function drawPng(
  surface: MapSurface,
  options: PngOptions,
  frame: PngFrame,
  { signal, onProgress }: ExportHooks,
): Promise<Blob> {
  const shot = plan(surface, options)
  const fontEmbedCSS = await embeddedFonts(shot.node)
  throwIfCancelled(signal)
  onProgress({ step: 'drawMap', fraction: 0.1 })
  let height = shot.height
  const svg = await timed(PNG_MEASURES.copy, () => {
    const copy = styledCopy(shot.node, {
      width: shot.width,
      height: shot.height,
      style: shot.style,
      exclude: EXPORT_EXCLUDE,
      css: pageCss(),
      fitHeight: surface.kind === 'journey',
    })
    height = copy.height
    return toSvg(copy.root, { width: shot.width, height, fontEmbedCSS })
  })
  throwIfCancelled(signal)
  onProgress({ step: 'drawMap', fraction: 0.5 })
  const map = await timed(PNG_MEASURES.decode, () => loadImage(svg))
  throwIfCancelled(signal)
  onProgress({ step: 'encodePng', fraction: 0.7 })
  const picture = await timed(PNG_MEASURES.draw, () =>
    composePng(map, { width: shot.width, height }, frame, shot.pixelRatio, shot.background),
  )
  const blob = await timed(
    PNG_MEASURES.encode,
    () => new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png')),
  )
  throwIfCancelled(signal)
  if (!blob) throw new Error('the browser could not encode the picture')
  onProgress({ step: 'encodePng', fraction: 1 })
  return blob
}
