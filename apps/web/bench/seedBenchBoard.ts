import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** A board made for a benchmark, with the facilitator token to open it. */
export interface BenchBoard {
  id: string
  token: string
}

/**
 * Creates a board through the API of the server at `port` and fills it through a real sync
 * client (the path any browser edit takes, so the server's checks apply): `fill` edits the
 * document. Resolves once the server has had time to store everything, so a fresh client sees
 * it all.
 */
export async function seedBenchBoard(
  port: number,
  title: string,
  fill: (doc: Y.Doc) => void,
): Promise<BenchBoard> {
  const response = await fetch(`http://127.0.0.1:${port}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  const { id, token } = (await response.json()) as BenchBoard
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/ws`, id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  fill(doc)
  await new Promise((r) => setTimeout(r, 2000))
  provider.destroy()
  doc.destroy()
  return { id, token }
}
