import { type RefObject, useMemo } from 'react'

/**
 * The largest board whose canvas gets a compositing layer while panned or zoomed: measured to
 * help at 150 cards and 300 relations, and to hurt at 1,000 cards (docs/performance.md).
 */
export const INTERACTION_LAYER_MAX_CARDS = 400

/**
 * Handlers that mark the canvas as "being moved" while the user pans or zooms.
 * While marked, the viewport gets its own compositing layer (`will-change: transform`, see
 * canvas.css), so the painted cards and relations are moved by the compositor instead of being
 * repainted every frame: on a 150-actor, 300-relation board this took the slowest pan frames
 * from 3× to 1× the small-board baseline (docs/performance.md). Only while moving: a layer
 * that stays promoted keeps its raster when zooming, which leaves text blurry. Not while a card
 * is dragged: then the layer's content changes every frame, and Chromium re-layerised the
 * whole board per pointer move (85 ms a frame among 1,000 cards). And only on boards of up to
 * {@link INTERACTION_LAYER_MAX_CARDS} cards (`enabled`): promoting and dropping the layer costs
 * a layerisation and a repaint of every card, which among 1,000 cards took longer than the
 * repaints the layer saves (pan p95 333 ms with it, 34 ms without; plain React Flow 67–117 ms).
 *
 * Writes a data attribute directly on the element, so no React render is involved.
 */
export function useInteractionLayer(canvasRef: RefObject<HTMLElement | null>, enabled = true) {
  return useMemo(() => {
    const mark = (on: boolean) => () => {
      const element = canvasRef.current
      if (!element) return
      if (on) element.dataset.interacting = ''
      else delete element.dataset.interacting
    }
    return {
      start: enabled ? mark(true) : mark(false),
      end: mark(false),
    }
  }, [canvasRef, enabled])
}
