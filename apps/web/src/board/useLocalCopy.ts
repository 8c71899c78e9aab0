import type { LocalCopyState } from '@samkart/collab'
import { useSyncExternalStore } from 'react'
import type { BoardSession } from './useBoardConnection'

const noSubscribe = () => () => {}
const loading = (): LocalCopyState => 'loading'

/**
 * The state of the board's copy in this browser, and whether it holds the board: then the
 * board can show before the server answers, and when the server cannot be reached at all.
 */
export function useLocalCopy(session: BoardSession | null): {
  state: LocalCopyState
  holdsBoard: boolean
} {
  const copy = session?.collab.localCopy
  const state = useSyncExternalStore(
    copy?.state.subscribe ?? noSubscribe,
    copy?.state.get ?? loading,
  )
  // Read when the copy is ready: loading it applies everything it holds at once.
  return { state, holdsBoard: state === 'ready' && (copy?.hasBoard() ?? false) }
}
