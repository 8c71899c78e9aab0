import { Resvg } from '@resvg/resvg-js'
import { type Scene, sceneToSvg } from '@samkart/export'

/**
 * Largest PNG the headless export draws: 16 777 216 pixels (4096², the canvas limit of Safari
 * and iOS, so the file opens everywhere) and 16 384 pixels a side. A big board stacked into one
 * sheet can be tens of thousands of units tall; past this the scale is lowered, which also keeps
 * the time bounded (docs/performance.md): the PDF and SVG are the files to zoom into.
 */
export const MAX_PNG_PIXELS = 16_777_216
export const MAX_PNG_SIDE = 16_384

/** A rendered PNG and the scale it was drawn at (PNG pixels per scene unit). */
export interface RenderedPng {
  png: Uint8Array
  width: number
  height: number
  scale: number
}

/**
 * Draws a scene as PNG without a browser: the scene's SVG rasterised by resvg, with the system's
 * fonts (Liberation Sans stands in for Helvetica, with the same metrics). `scale` is lowered to
 * the size limits when needed.
 */
export function renderPng(scene: Scene, scale = 2): RenderedPng {
  const fit = Math.min(
    scale,
    Math.sqrt(MAX_PNG_PIXELS / (scene.width * scene.height)),
    MAX_PNG_SIDE / Math.max(scene.width, scene.height),
  )
  const resvg = new Resvg(sceneToSvg(scene), {
    fitTo: { mode: 'zoom', value: fit },
    background: scene.background,
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'Liberation Sans',
      sansSerifFamily: 'Liberation Sans',
    },
  })
  const image = resvg.render()
  return {
    png: new Uint8Array(image.asPng()),
    width: image.width,
    height: image.height,
    scale: fit,
  }
}
