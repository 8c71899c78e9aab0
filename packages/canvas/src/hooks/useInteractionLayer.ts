import { type RefObject, useMemo } from 'react'

/**
 * Handlers that mark the canvas as "being moved" while the user pans, zooms or drags cards.
 * While marked, the viewport gets its own compositing layer (`will-change: transform`, see
 * canvas.css), so the painted cards and relations are moved by the compositor instead of being
 * repainted every frame: on a 150-actor, 300-relation board this took the slowest pan frames
 * from 3× to 1× the small-board baseline (docs/performance.md). Only while moving: a layer
 * that stays promoted keeps its raster when zooming, which leaves text blurry.
 *
 * Writes a data attribute directly on the element, so no React render is involved.
 */
export function useInteractionLayer(canvasRef: RefObject<HTMLElement | null>) {
  return useMemo(() => {
    const mark = (on: boolean) => () => {
      const element = canvasRef.current
      if (!element) return
      if (on) element.dataset.interacting = ''
      else delete element.dataset.interacting
    }
    return {
      start: mark(true),
      end: mark(false),
    }
  }, [canvasRef])
}
