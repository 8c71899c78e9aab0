/** Listeners of {@link requestWorkshopTool}: the mounted workshop rail. */
const listeners = new Set<(toolId: string) => void>()

/**
 * Opens a tool's panel in the workshop rail from elsewhere on the board (an item's
 * «Kommentarer» button opens the comments panel). Nothing happens without a rail.
 */
export function requestWorkshopTool(toolId: string): void {
  for (const listener of [...listeners]) listener(toolId)
}

/** Called by the rail; returns the unsubscribe function. */
export function onWorkshopToolRequest(listener: (toolId: string) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
