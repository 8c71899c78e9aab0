import { PARTICIPANT_PARAM } from '@samkart/model'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { waitFor } from './waitFor'

/** A real y-websocket client, as the web app uses it. */
export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/**
 * Connects a stock `WebsocketProvider` (with the share-link `token` and the browser's
 * `participantId`, as the web app sends them) and waits until it has synced with the server.
 */
export async function connectClient(
  wsUrl: string,
  boardId: string,
  token?: string | null,
  participantId?: string,
): Promise<TestClient> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: {
      ...(token ? { token } : {}),
      ...(participantId ? { [PARTICIPANT_PARAM]: participantId } : {}),
    },
  })
  const client = {
    doc,
    provider,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
  try {
    await waitFor(() => provider.synced, { what: `client of ${boardId} to sync` })
  } catch (err) {
    client.destroy()
    throw err
  }
  return client
}

/** How a socket was closed. */
export interface CloseInfo {
  code: number
  reason: string
}

/** A bare WebSocket, for sending what no real client would. */
export interface RawClient {
  ws: WebSocket
  /** Binary messages received so far. */
  received: Uint8Array[]
  /** Resolves when the server closes the socket. */
  closed: Promise<CloseInfo>
  send(data: Uint8Array | string): void
  destroy(): void
}

/**
 * Opens a raw WebSocket to `<wsUrl>/<boardId>?token=<token>` and waits until it is open (or
 * closed).
 */
export async function connectRaw(
  wsUrl: string,
  boardId: string,
  options: WebSocket.ClientOptions = {},
  token?: string | null,
): Promise<RawClient> {
  const query = token ? `?token=${encodeURIComponent(token)}` : ''
  const ws = new WebSocket(`${wsUrl}/${boardId}${query}`, options)
  ws.binaryType = 'arraybuffer'
  const received: Uint8Array[] = []
  ws.on('message', (data) => received.push(new Uint8Array(data as ArrayBuffer)))
  ws.on('error', () => {})
  const closed = new Promise<CloseInfo>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise<void>((resolve) => {
    ws.once('open', () => resolve())
    void closed.then(() => resolve())
  })
  return {
    ws,
    received,
    closed,
    send: (data) => ws.send(data),
    destroy: () => ws.terminate(),
  }
}

/** Resolves with the code and reason of the next close of `provider`'s socket. */
export function nextClose(provider: WebsocketProvider): Promise<CloseInfo> {
  return new Promise((resolve) => {
    const handler = (event: CloseEvent | null) => {
      provider.off('connection-close', handler)
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })
    }
    provider.on('connection-close', handler)
  })
}

/**
 * Starts a stock client that the server is expected to refuse and resolves with the first
 * close it gets, and whether the client gave up (final codes) or keeps retrying.
 */
export async function refusedClient(
  wsUrl: string,
  boardId: string,
  token?: string | null,
): Promise<CloseInfo & { retrying: boolean; provider: WebsocketProvider; destroy(): void }> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token ? { token } : {},
  })
  const destroy = () => {
    provider.destroy()
    doc.destroy()
  }
  const close = await nextClose(provider)
  return { ...close, retrying: provider.shouldConnect, provider, destroy }
}
