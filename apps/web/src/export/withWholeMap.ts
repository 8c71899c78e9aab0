import { requestWholeMap, wholeMapDrawn } from '@samkart/canvas'
import { throwIfCancelled } from './exportProgress'
import type { MapSurface } from './mapSurface'

/** How long a big board may take to draw every card before the picture gives up. */
const DRAW_TIMEOUT_MS = 60_000
const POLL_MS = 50

/**
 * Runs `draw` with every card and relation of the aktørkart on the page: a big board's canvas
 * otherwise draws only what is near the view (`CULL_FROM_CARDS` in @samkart/canvas), and a
 * picture of the whole map taken from the page would miss the rest. The canvas goes back to
 * drawing what is in view when `draw` ends, fails or is cancelled. A journey is a table, drawn
 * whole already.
 */
export async function withWholeMap<T>(
  surface: MapSurface,
  signal: AbortSignal,
  draw: () => Promise<T>,
): Promise<T> {
  if (surface.kind !== 'flow') return draw()
  const release = requestWholeMap()
  try {
    const started = Date.now()
    // Polled with a timer, not animation frames: those stop while the tab is in the background.
    while (!wholeMapDrawn(surface.container)) {
      throwIfCancelled(signal)
      if (Date.now() - started > DRAW_TIMEOUT_MS)
        throw new Error('the map was not drawn in time for its picture')
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
    return await draw()
  } finally {
    release()
  }
}
