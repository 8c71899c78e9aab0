/**
 * The y-websocket wire format (y-protocols), decoded into a typed union so that the room can
 * switch over it exhaustively, and validated completely before anything is applied: a message
 * that fails here is refused as a whole, never half-applied.
 *
 * Layout: `varUint messageType` then
 * - 0 sync: `varUint syncType` (0 step 1 | 1 step 2 | 2 update) `varUint8Array payload`
 * - 1 awareness: `varUint8Array awarenessUpdate`
 * - 3 query awareness: nothing
 * (2 is auth, sent only by servers.)
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'

/** Top-level message types of the y-websocket protocol. */
export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3 } as const
/** Sub-types of a sync message (y-protocols/sync). */
export const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const

/** One client's entry in an awareness update. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** Parsed JSON; `null` means the client left. */
  state: unknown
  /** Length of the state's JSON text, in UTF-16 code units (what holding it costs). */
  size: number
}

/** A message from a client, fully decoded. */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array }
  | { type: 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { type: 'query-awareness' }

/** Result of {@link decodeMessage}: the message, or why it was refused. */
export type DecodeResult = { ok: true; message: ClientMessage } | { ok: false; reason: string }

const refuse = (reason: string): DecodeResult => ({ ok: false, reason })

/**
 * Decodes one client message. Refuses empty, truncated and over-long messages (one WebSocket
 * message carries exactly one protocol message), unknown types, state vectors and awareness
 * updates that do not parse. The content of Yjs updates is checked later, by `UpdateGuard`.
 */
export function decodeMessage(data: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(data)
    const type = decoding.readVarUint(decoder)
    const message = decodeBody(type, decoder)
    if (!message) return refuse(`unknown message type ${type}`)
    if (typeof message === 'string') return refuse(message)
    if (decoding.hasContent(decoder)) return refuse('trailing bytes after message')
    return { ok: true, message }
  } catch {
    // lib0 throws on reading past the end; every such case is a truncated message.
    return refuse('truncated or malformed message')
  }
}

function decodeBody(type: number, decoder: decoding.Decoder): ClientMessage | string | null {
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      switch (syncType) {
        case SyncType.Step1:
          try {
            Y.decodeStateVector(payload)
          } catch {
            return 'malformed state vector'
          }
          return { type: 'sync-step1', stateVector: payload }
        case SyncType.Step2:
          return { type: 'sync-step2', update: payload }
        case SyncType.Update:
          return { type: 'sync-update', update: payload }
        default:
          return `unknown sync message type ${syncType}`
      }
    }
    case MessageType.Awareness: {
      const update = decoding.readVarUint8Array(decoder)
      const entries = decodeAwarenessUpdate(update)
      return entries ? { type: 'awareness', update, entries } : 'malformed awareness update'
    }
    case MessageType.QueryAwareness:
      return { type: 'query-awareness' }
    default:
      return null
  }
}

/**
 * Parses an awareness update completely. y-protocols' `applyAwarenessUpdate` parses and applies
 * entry by entry, so a bad entry in the middle would leave the earlier ones applied.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] | null {
  try {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const entries: AwarenessEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarString(decoder)
      const state: unknown = JSON.parse(json)
      entries.push({ clientId, clock, state, size: json.length })
    }
    return decoding.hasContent(decoder) ? null : entries
  } catch {
    return null
  }
}

/**
 * Encodes awareness entries as an awareness update (the inverse of
 * {@link decodeAwarenessUpdate}), for relaying only some entries of a client's update.
 */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncType.Step1)
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc))
  return encoding.toUint8Array(encoder)
}

/** Sync step 2: everything in `doc` that a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncType.Step2)
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector))
  return encoding.toUint8Array(encoder)
}

/** A sync update message carrying one Yjs update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncType.Update)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness message with the current states of `clients`. */
export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]),
  )
  return encoding.toUint8Array(encoder)
}
