import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import { type AwarenessEntry, MessageType, encodeAwarenessEntries } from '../sync/protocol'

/**
 * What a client would send after making `edit` on its copy of `base`: the update relative to
 * `base`'s state.
 */
export function updateFrom(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(copy)
  edit(copy)
  return Y.encodeStateAsUpdate(copy, before)
}

/** A y-websocket message from parts: numbers as `varUint`, byte arrays as `varUint8Array`. */
export function protocolMessage(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder()
  for (const part of parts)
    if (typeof part === 'number') encoding.writeVarUint(encoder, part)
    else encoding.writeVarUint8Array(encoder, part)
  return encoding.toUint8Array(encoder)
}

/** An awareness message carrying `entries` (their `size` is not sent). */
export const awarenessMessage = (entries: readonly AwarenessEntry[]) =>
  protocolMessage(MessageType.Awareness, encodeAwarenessEntries(entries))

/** A query-awareness message. */
export const queryAwarenessMessage = () => protocolMessage(MessageType.QueryAwareness)

/** A sync step 1 with an empty state vector: the server answers it once all before it is done. */
export const syncStep1Message = () =>
  protocolMessage(MessageType.Sync, 0, Y.encodeStateVector(new Y.Doc()))
