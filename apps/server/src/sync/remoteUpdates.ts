import * as Y from 'yjs'
import type { Logger } from '../log'
import type { Storage } from '../storage/Storage'
import type { Connection } from './Connection'
import { encodeUpdate } from './protocol'

/** Origin of updates another instance stored and relayed (they are not stored again). */
export const REMOTE_ORIGIN = 'samkart:remote'

/** The room as the cross-instance path sees it: its document and its clients. */
export interface RemoteTarget {
  id: string
  doc: Y.Doc
  conns: Iterable<Connection>
  storage: Storage
  logger: Logger
}

/**
 * Applies `update` as one stored elsewhere and relays to this instance's clients what it
 * changed here (nothing, when the doc had it already).
 */
function applyAndRelay(target: RemoteTarget, update: Uint8Array): void {
  const produced: Uint8Array[] = []
  const collect = (u: Uint8Array) => produced.push(u)
  target.doc.on('update', collect)
  try {
    Y.applyUpdate(target.doc, update, REMOTE_ORIGIN)
  } finally {
    target.doc.off('update', collect)
  }
  if (produced.length === 0) return
  const message = encodeUpdate(produced.length === 1 ? produced[0]! : Y.mergeUpdates(produced))
  for (const peer of target.conns) peer.send(message)
}

/**
 * Applies an update another instance stored and relays what it changed here. If it builds on
 * an update that has not arrived (pub/sub lost it, or it is still on its way), the board is
 * read from the database, which has every update relayed.
 */
export async function applyRemoteUpdate(target: RemoteTarget, update: Uint8Array): Promise<void> {
  try {
    applyAndRelay(target, update)
  } catch (err) {
    target.logger.warn('an update from another instance did not apply', {
      board: target.id,
      error: String(err),
    })
  }
  const { pendingStructs, pendingDs } = target.doc.store
  if (pendingStructs !== null || pendingDs !== null) await applyStoredBoard(target)
}

/** Applies the stored board as a remote update: only what the document lacks changes. */
export async function applyStoredBoard(target: RemoteTarget): Promise<void> {
  let stored
  try {
    stored = await target.storage.loadBoard(target.id)
  } catch (err) {
    target.logger.warn('catching up from storage failed', { board: target.id, error: String(err) })
    return
  }
  if (!stored) return
  const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]
  if (parts.length > 0) applyAndRelay(target, Y.mergeUpdates(parts))
}
