import type { CloseInfo, ReadableStore } from '@samkart/collab'
import { useSyncExternalStore } from 'react'

const noSubscribe = () => () => {}
const none = () => null

/** The server's last close of the board socket (code and reason), re-rendering on change. */
export function useLastClose(
  store: ReadableStore<CloseInfo | null> | null | undefined,
): CloseInfo | null {
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.get ?? none)
}
