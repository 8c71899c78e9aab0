import * as Y from 'yjs'

/** The part of a Y.Doc's observable this needs: lib0's listener sets by event name. */
type Listeners = Map<string, Set<(...args: unknown[]) => void>>

/** Whether a transaction changed the document, as Yjs decides whether to emit `update`. */
function changedSomething(tx: Y.Transaction): boolean {
  if (tx.deleteSet.clients.size > 0) return true
  for (const [client, clock] of tx.afterState)
    if ((tx.beforeState.get(client) ?? 0) !== clock) return true
  return false
}

/**
 * Runs `apply` (which applies `received`, an update in Yjs' v1 format, with origin `origin`)
 * without Yjs encoding the same content again for the document's `update` listeners, and then
 * hands them `received` as it came.
 *
 * Why: after every transaction with `update` listeners, Yjs writes the transaction's changes
 * into a fresh update for them. For the first sync of a 5,000-entity board that is 2.3 MiB
 * written again (124 ms in Chromium, before the first card can show) only for the sync
 * provider, which ignores its own origin, and the browser's copy, which stores the bytes. The
 * bytes received are an update with the same content (possibly more: parts the document
 * already had, or could not integrate yet, which are harmless to store and to apply).
 *
 * Any other transaction that runs meanwhile (an observer writing in response) still reaches
 * the listeners, with its changes encoded against the state before it, after the apply.
 * Listeners added during the apply are kept.
 */
export function applyReceivedUpdate(
  doc: Y.Doc,
  received: Uint8Array,
  origin: unknown,
  apply: () => void,
): void {
  const observers = doc._observers as Listeners
  const listeners = observers.get('update')
  if (!listeners || listeners.size === 0) return apply()

  const transactions: Y.Transaction[] = []
  const record = (tx: Y.Transaction) => void transactions.push(tx)
  observers.delete('update')
  doc.on('afterTransaction', record)
  try {
    apply()
  } finally {
    doc.off('afterTransaction', record)
    const added = observers.get('update')
    added?.forEach((listener) => listeners.add(listener))
    observers.set('update', listeners)
  }

  let handedOver = false
  for (const tx of transactions) {
    if (!changedSomething(tx)) continue
    const mine = !handedOver && tx.origin === origin
    if (mine) handedOver = true
    const update = mine ? received : Y.encodeStateAsUpdate(doc, Y.encodeStateVector(tx.beforeState))
    doc.emit('update', [update, tx.origin, doc, tx])
  }
}
