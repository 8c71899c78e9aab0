/**
 * The memory baseline of `bench:big`: a page holding nothing but a Y.Doc, from the same Yjs as
 * Samkart, in the same browser, so the board page's heap is compared with what the document
 * alone costs there (Node's heap is no stand-in: Chromium compresses pointers, Node 20 does
 * not, so a document takes more room in Node). Served at `/bench-plain/ydoc.html` by the
 * benchmark only; never part of the app.
 */
import * as Y from 'yjs'

declare global {
  interface Window {
    /** Applies a base64 sync update to a Y.Doc this page then keeps; resolves when done. */
    holdDoc(update: string): void
    heldDoc?: Y.Doc
  }
}

window.holdDoc = (update) => {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(update), (c) => c.charCodeAt(0)),
  )
  window.heldDoc = doc
}
