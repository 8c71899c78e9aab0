import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { PARTICIPANT_PARAM, type ParticipantId } from '@samkart/model'
import {
  type ConnectionStatus,
  type ProviderEvent,
  connectionStatus,
  initialProviderState,
  reduceProviderState,
} from './connectionStatus'
import { type ReadableStore, createStore } from './statusStore'
import { createSaveTracker } from './save/saveTracker'
import {
  MESSAGE_SYNC,
  type PeekableDecoder,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  encodeSyncStep1,
  peekSyncPayload,
  peekSyncType,
} from './save/syncProbe'
import { applyReceivedUpdate } from './timing/applyReceivedUpdate'
import { createSyncMarks } from './timing/syncMarks'

/** How long unconfirmed edits wait before the status says «syncing» (a blip stays «live»). */
const SLOW_SAVE_MS = 1000

/** Where and what to connect. */
export interface ConnectBoardOptions {
  /** WebSocket base URL, e.g. `wss://samkart.example.no/ws` (see `socketUrl`). */
  serverUrl: string
  /** The board's id; also the room name, so the socket goes to `<serverUrl>/<boardId>`. */
  boardId: string
  /**
   * The share link's token, sent as `?token=` (a browser WebSocket cannot set headers). The
   * server decides the role from it and closes with a `CloseCode` (TokenInvalid, TokenWrongBoard, TokenRevoked, TokenExpired) when it is refused.
   */
  token?: string
  /**
   * This browser's participant id, sent as `?participant=` beside the token: the server ties
   * authorship (a viewer's own comments, a voter's dots) to it. A random one per connection on
   * the server side when absent.
   */
  participantId?: ParticipantId
  /** For tests: a WebSocket implementation where the platform has none. */
  WebSocketPolyfill?: typeof WebSocket
}

/** The code and reason of a WebSocket close sent by the server. */
export interface CloseInfo {
  code: number
  reason: string
}

/** A live connection of one document to one board on the server. */
export interface BoardConnection {
  /** The user-facing connection status. */
  status: ReadableStore<ConnectionStatus>
  /**
   * How the server last closed the socket (code and reason), or `null` once synced again: tells
   * the app why it was refused (`CloseCode.TokenInvalid` with `token_invalid`, `CloseCode.TokenRevoked` with `token_revoked`, …) or why it keeps
   * retrying (`CloseCode.BoardFull`, `CloseCode.ServerFull`).
   */
  lastClose: ReadableStore<CloseInfo | null>
  /**
   * `true` while some edit made in this tab has not been confirmed by the server (offline, or
   * in flight): what would be lost if the tab closed without a copy in the browser.
   */
  unsaved: ReadableStore<boolean>
  /** Presence of the other participants (cursors, selections); shared with the canvas. */
  awareness: Awareness
  /** Closes the socket and stops retrying. The document is the caller's and stays usable. */
  destroy(): void
}

/**
 * Connects `doc` to a board with the stock y-websocket provider and keeps a small status store
 * up to date. The provider reconnects by itself with backoff; a `CloseCode.BoardNotFound` close
 * is final and shows as `not-found`.
 */
export function connectBoard(doc: Y.Doc, options: ConnectBoardOptions): BoardConnection {
  const provider = new WebsocketProvider(options.serverUrl, options.boardId, doc, {
    // Every edit goes through the server, which checks and stores it before anyone sees it.
    // BroadcastChannel would hand edits to other tabs directly, out of order with the server's
    // stream, and past the server's checks.
    disableBc: true,
    params: {
      ...(options.token ? { token: options.token } : {}),
      ...(options.participantId ? { [PARTICIPANT_PARAM]: options.participantId } : {}),
    },
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })
  let state = initialProviderState
  const status = createStore<ConnectionStatus>(connectionStatus(state))
  const lastClose = createStore<CloseInfo | null>(null)
  const apply = (event: ProviderEvent) => {
    state = reduceProviderState(state, event)
    status.set(connectionStatus(state))
  }

  const onStatus = ({ status: s }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (s === 'connected') {
      tracker.opened()
      apply({ type: 'open' })
    } else if (s === 'disconnected') {
      tracker.closed()
      apply({ type: 'close' })
    }
  }
  const onClose = (event: CloseEvent | null) => {
    // `null`: closed by the client itself (destroy, watchdog), which says nothing about access.
    if (event && event.code !== lastClose.get()?.code)
      lastClose.set({ code: event.code, reason: event.reason })
    tracker.closed()
    apply({ type: 'close' })
  }
  const onSync = (synced: boolean) => {
    if (synced) lastClose.set(null)
    apply({ type: 'sync', synced })
  }
  const onTerminal = ({ code }: { code: number }) => apply({ type: 'terminal', code })

  // Saved or not: probe the server with a sync step 1 after our edits, and count its step 2.
  const tracker = createSaveTracker({
    sendProbe: () => {
      const ws = provider.ws
      if (ws && ws.readyState === ws.OPEN) ws.send(encodeSyncStep1(doc))
    },
  })
  const handleSync = provider.messageHandlers[MESSAGE_SYNC]!
  const syncMarks = createSyncMarks()
  // What the server sends is handed to the doc's update listeners as it came (the first sync of
  // a big board is megabytes Yjs would otherwise write again before the first card shows).
  const handleReceived: typeof handleSync = (encoder, decoder, ...rest) => {
    let received: Uint8Array
    try {
      received = peekSyncPayload(decoder as unknown as PeekableDecoder)
    } catch {
      return handleSync(encoder, decoder, ...rest) // malformed: the provider deals with it
    }
    applyReceivedUpdate(doc, received, provider, () => handleSync(encoder, decoder, ...rest))
  }
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
    const syncType = peekSyncType(decoder as unknown as PeekableDecoder)
    if (syncType === SYNC_STEP2) syncMarks.around(() => handleReceived(encoder, decoder, ...rest))
    else if (syncType === SYNC_UPDATE) handleReceived(encoder, decoder, ...rest)
    else handleSync(encoder, decoder, ...rest)
    if (syncType === SYNC_STEP1) tracker.serverStep1()
    else if (syncType === SYNC_STEP2) tracker.step2()
  }
  // Registered after the provider's own listener, so the edit is on the wire before any probe.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== provider) tracker.localEdit()
  }
  doc.on('update', onUpdate)
  let slowTimer: ReturnType<typeof setTimeout> | null = null
  const stopSlowTimer = () => {
    if (slowTimer !== null) clearTimeout(slowTimer)
    slowTimer = null
  }
  const stopWatchingSaves = tracker.unsaved.subscribe(() => {
    const unsaved = tracker.unsaved.get()
    stopSlowTimer()
    if (unsaved) slowTimer = setTimeout(() => apply({ type: 'slow' }), SLOW_SAVE_MS)
    apply({ type: 'unsaved', unsaved })
  })

  provider.on('status', onStatus)
  provider.on('connection-close', onClose)
  provider.on('sync', onSync)
  provider.on('closed', onTerminal)
  // The socket may have opened synchronously (it does not in browsers, but polyfills vary).
  if (provider.wsconnected) {
    tracker.opened()
    apply({ type: 'open' })
  }

  return {
    status,
    lastClose,
    unsaved: tracker.unsaved,
    awareness: provider.awareness,
    destroy() {
      provider.off('status', onStatus)
      provider.off('connection-close', onClose)
      provider.off('sync', onSync)
      provider.off('closed', onTerminal)
      doc.off('update', onUpdate)
      stopWatchingSaves()
      stopSlowTimer()
      tracker.destroy()
      provider.destroy()
    },
  }
}
