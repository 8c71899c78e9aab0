import { CloseCode, isFinalCloseCode } from '@samkart/model'

/**
 * What the user is told about the connection:
 * - `connecting`: reaching the server for the first time, or connected but not yet in sync;
 * - `live`: connected and in sync, so edits reach others at once, and the server has stored
 *   every edit from this tab (saved);
 * - `syncing`: connected, but edits from this tab still wait for the server: right after a
 *   reconnect (the edits made offline), or when the server is slow to confirm;
 * - `offline`: the connection failed or dropped; edits are kept locally and the provider retries;
 * - `not-found`: the server said the board does not exist (`CloseCode.BoardNotFound`); we stop retrying;
 * - `refused`: the server refused something this client sent (`BadMessage`, `RejectedUpdate`:
 *   it would break the board) and closed; the stock client does not retry a final code
 *   ({@link isFinalCloseCode}), so a reload is needed.
 */
export type ConnectionStatus =
  'connecting' | 'live' | 'syncing' | 'offline' | 'not-found' | 'refused'

/** The server's WebSocket close code for "no such board". */
export const CLOSE_BOARD_NOT_FOUND = CloseCode.BoardNotFound

/** The provider's raw state that the status is derived from. */
export interface ProviderState {
  /** Whether a socket is open. */
  connected: boolean
  /** Whether the document has completed the sync handshake on the current socket. */
  synced: boolean
  /**
   * Whether a socket failed or closed since we were last live. Keeps the status `offline`
   * through the provider's retries instead of flickering back to `connecting` every attempt.
   */
  dropped: boolean
  /** The close code with which the server told the provider to give up, if any. */
  closedWith: number | null
  /** Whether some local edit has not been confirmed by the server yet (see `SaveTracker`). */
  unsaved: boolean
  /** Whether the current unconfirmed edits have waited long enough to say so. */
  slow: boolean
}

/** State before the first socket opens. */
export const initialProviderState: ProviderState = {
  connected: false,
  synced: false,
  dropped: false,
  closedWith: null,
  unsaved: false,
  slow: false,
}

/** Provider events, reduced to what matters for the status. */
export type ProviderEvent =
  /** A socket opened (`status: connected`). */
  | { type: 'open' }
  /** A socket closed or failed to open (`connection-close`, `status: disconnected`). */
  | { type: 'close' }
  /** The sync handshake completed or was reset (`sync`). */
  | { type: 'sync'; synced: boolean }
  /** The server closed with a code meaning "do not retry" (`closed`). */
  | { type: 'terminal'; code: number }
  /** Local edits became unconfirmed, or the server confirmed them all. */
  | { type: 'unsaved'; unsaved: boolean }
  /** Unconfirmed edits have waited a while (the server or the network is slow). */
  | { type: 'slow' }

/** Applies one provider event. Pure, so the mapping is tested without a server. */
export function reduceProviderState(state: ProviderState, event: ProviderEvent): ProviderState {
  switch (event.type) {
    case 'open':
      // A new socket starts unsynced; y-websocket resets `synced` without always emitting it.
      return { ...state, connected: true, synced: false }
    case 'close':
      return { ...state, connected: false, synced: false, dropped: true }
    case 'sync': {
      // After a drop, «offline» turns into «live» only once the edits made meanwhile are saved.
      const synced = event.synced && state.connected
      return { ...state, synced, dropped: synced && !state.unsaved ? false : state.dropped }
    }
    case 'unsaved': {
      const saved = !event.unsaved
      return {
        ...state,
        unsaved: event.unsaved,
        slow: saved ? false : state.slow,
        dropped: saved && state.connected && state.synced ? false : state.dropped,
      }
    }
    case 'slow':
      return { ...state, slow: state.unsaved }
    case 'terminal':
      return { ...state, connected: false, synced: false, dropped: true, closedWith: event.code }
  }
}

/** The status to show for a provider state. */
export function connectionStatus(state: ProviderState): ConnectionStatus {
  if (state.closedWith === CLOSE_BOARD_NOT_FOUND) return 'not-found'
  if (state.closedWith !== null && isFinalCloseCode(state.closedWith)) return 'refused'
  if (state.connected && state.synced)
    return state.unsaved && (state.dropped || state.slow) ? 'syncing' : 'live'
  if (state.dropped) return 'offline'
  return 'connecting'
}
