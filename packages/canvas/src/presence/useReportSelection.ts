import { useEffect } from 'react'
import { useCanvasCollab } from './CanvasCollabContext'

/** A selection that can be read and watched (the actor map's, or the journey's). */
export interface WatchedSelection<S> {
  get(): S
  subscribe(listener: () => void): () => void
}

/**
 * Tells the others what this tab has selected, as the ids `toIds` makes of the selection,
 * for as long as the caller is mounted.
 */
export function useReportSelection<S>(
  selection: WatchedSelection<S>,
  toIds: (selection: S) => string[],
): void {
  const { presence } = useCanvasCollab()
  useEffect(() => {
    if (!presence) return
    const report = () => presence.setSelection(toIds(selection.get()))
    report()
    const unsubscribe = selection.subscribe(report)
    return () => {
      unsubscribe()
      presence.setSelection([])
    }
  }, [presence, selection, toIds])
}
