import type { LocalCopyState } from '@samkart/collab'
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type { BoardSession } from './useBoardConnection'

const noSubscribe = () => () => {}

/**
 * Has the browser ask before the tab closes or reloads while edits live only in this tab:
 * some edit is not confirmed by the server (offline, or still on its way) and there is no copy
 * of the board in the browser to keep it (no IndexedDB, as in some private windows). With a
 * copy, closing is safe: the edits are sent when the board is next opened.
 */
export function useLeaveWarning(session: BoardSession | null, localCopy: LocalCopyState): void {
  const store = session?.connection.unsaved
  // Read as «at risk», not as «unsaved»: that flips twice for every edit (sent, confirmed), a
  // drag's position writes included, and each flip re-rendered the whole board page.
  const atRisk = useSyncExternalStore(
    store?.subscribe ?? noSubscribe,
    useCallback(() => (store?.get() ?? false) && localCopy === 'unavailable', [store, localCopy]),
  )
  useEffect(() => {
    if (!atRisk) return
    // Browsers show their own wording; calling preventDefault is what asks for it.
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [atRisk])
}
