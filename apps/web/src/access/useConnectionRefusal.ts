import type { CloseInfo, ConnectionStatus, ReadableStore } from '@samkart/collab'
import { useEffect } from 'react'
import { type Busy, type Refusal, busyFromClose, refusalFromClose } from './refusal'
import { useLastClose } from './useLastClose'
import { recentBoards } from './useRecentBoards'

/**
 * What the board socket's last close means for access: a final `refusal` (the token was
 * refused, or revoked or expired while connected, or the connection sent too much), or `busy`
 * while the board or server is full and the client keeps retrying. A refusal of the stored
 * token is noted in the recent boards, so the start page can say the link no longer works.
 */
export function useConnectionRefusal(
  boardId: string,
  token: string | null,
  lastCloseStore: ReadableStore<CloseInfo | null> | undefined,
  status: ConnectionStatus,
): { refusal: Refusal | null; busy: Busy | null } {
  const lastClose = useLastClose(lastCloseStore)
  const refusal =
    status === 'refused' && lastClose ? refusalFromClose(lastClose.code, lastClose.reason) : null
  const busy = status !== 'live' && lastClose ? busyFromClose(lastClose.code) : null
  useEffect(() => {
    if (refusal && refusal !== 'rate_limited') recentBoards().markRefused(boardId, token, refusal)
  }, [boardId, token, refusal])
  return { refusal, busy }
}
