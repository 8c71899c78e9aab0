import * as Y from 'yjs'
import { initBoard } from '../doc/board'

/** A fresh, initialised board document for tests. */
export function newBoard(title = 'Testtavle'): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, { title, createdAt: '2026-01-01T00:00:00.000Z' })
  return doc
}

/** Exchanges the missing updates between two documents in both directions. */
export function syncPair(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

/** A second replica of `doc` that starts from its current state. */
export function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** Unwraps a successful result, failing the test with the model's message otherwise. */
export function must<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`)
  return result.value
}
