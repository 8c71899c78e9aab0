import type { Page } from '@playwright/test'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { updateEntity } from '@samkart/model'

/**
 * Installed before the page loads: records when the first WebSocket message after
 * `window.__resetMessage()` arrives (our listener is added in the constructor, before the sync
 * provider sets its own handler, so it runs first), and `window.__waitText(text)` records when
 * an element with exactly that text is in the document (checked on every DOM change).
 */
export const MESSAGE_PROBE = `(() => {
  const Native = window.WebSocket
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', () => {
        if (window.__messageAt === undefined) window.__messageAt = performance.now()
      })
    }
  }
  window.__resetMessage = () => { window.__messageAt = undefined }
  window.__waitText = (text) => {
    window.__textAt = undefined
    const seen = () => [...document.querySelectorAll('.journey-touchpoint__text')].some((el) => el.textContent === text)
    const observer = new MutationObserver(() => {
      if (window.__textAt === undefined && seen()) {
        window.__textAt = performance.now()
        observer.disconnect()
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  }
})()`

/** A second participant, in this process, on the same board. */
export async function remotePeer(port: number, board: { id: string; token: string }) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/ws`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: board.token },
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return {
    doc,
    /** Its presence, as the app publishes it (name, cursor, what it drags). */
    awareness: provider.awareness,
    close: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/**
 * Renames touchpoint `id` from the remote peer and returns, on the page's clock, how long from
 * the update's arrival until the new title is on screen.
 */
export async function remoteRename(page: Page, doc: Y.Doc, id: string, title: string) {
  await page.evaluate(`window.__waitText(${JSON.stringify(title)}); window.__resetMessage()`)
  updateEntity(doc, 'touchpoint', id, { title })
  await page.waitForFunction('window.__textAt !== undefined', undefined, {
    timeout: 30_000,
    polling: 50,
  })
  return (await page.evaluate('window.__textAt - window.__messageAt')) as number
}
