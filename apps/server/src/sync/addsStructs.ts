import * as Y from 'yjs'

/**
 * Whether `update` holds items `doc` does not have yet (by state vector; a delete-only update
 * does not count). A malformed update counts: it certainly is not nothing. The room uses it to
 * tell a viewer's routine sync step 2 from an attempt to write.
 */
export function addsStructs(doc: Y.Doc, update: Uint8Array): boolean {
  let ends: Map<number, number>
  try {
    ends = Y.parseUpdateMeta(update).to
  } catch {
    return true
  }
  for (const [client, end] of ends) if (end > Y.getState(doc.store, client)) return true
  return false
}
