import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import {
  type ConnectionStatus,
  type ProviderEvent,
  connectionStatus,
  initialProviderState,
  reduceProviderState,
} from './connectionStatus'
import { type ReadableStore, createStore } from './statusStore'

/** Where and what to connect. */
export interface ConnectBoardOptions {
  /** WebSocket base URL, e.g. `wss://samkart.example.no/ws` (see `socketUrl`). */
  serverUrl: string
  /** The board's id; also the room name, so the socket goes to `<serverUrl>/<boardId>`. */
  boardId: string
  /** For tests: a WebSocket implementation where the platform has none. */
  WebSocketPolyfill?: typeof WebSocket
}

/** A live connection of one document to one board on the server. */
export interface BoardConnection {
  /** The user-facing connection status. */
  status: ReadableStore<ConnectionStatus>
  /** Presence of the other participants (cursors, selections); shared with the canvas. */
  awareness: Awareness
  /** Closes the socket and stops retrying. The document is the caller's and stays usable. */
  destroy(): void
}

/**
 * Connects `doc` to a board with the stock y-websocket provider and keeps a small status store
 * up to date. The provider reconnects by itself with backoff; a 4404 close ("board not found")
 * is final and shows as `not-found`.
 */
export function connectBoard(doc: Y.Doc, options: ConnectBoardOptions): BoardConnection {
  const provider = new WebsocketProvider(options.serverUrl, options.boardId, doc, {
    // Every edit goes through the server, which checks and stores it before anyone sees it.
    // BroadcastChannel would hand edits to other tabs directly, out of order with the server's
    // stream, and past the server's checks.
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })
  let state = initialProviderState
  const status = createStore<ConnectionStatus>(connectionStatus(state))
  const apply = (event: ProviderEvent) => {
    state = reduceProviderState(state, event)
    status.set(connectionStatus(state))
  }

  const onStatus = ({ status: s }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (s === 'connected') apply({ type: 'open' })
    else if (s === 'disconnected') apply({ type: 'close' })
  }
  const onClose = () => apply({ type: 'close' })
  const onSync = (synced: boolean) => apply({ type: 'sync', synced })
  const onTerminal = ({ code }: { code: number }) => apply({ type: 'terminal', code })

  provider.on('status', onStatus)
  provider.on('connection-close', onClose)
  provider.on('sync', onSync)
  provider.on('closed', onTerminal)
  // The socket may have opened synchronously (it does not in browsers, but polyfills vary).
  if (provider.wsconnected) apply({ type: 'open' })

  return {
    status,
    awareness: provider.awareness,
    destroy() {
      provider.off('status', onStatus)
      provider.off('connection-close', onClose)
      provider.off('sync', onSync)
      provider.off('closed', onTerminal)
      provider.destroy()
    },
  }
}
