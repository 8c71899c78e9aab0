import * as Y from 'yjs'

/** y-websocket's message type for sync messages, and y-protocols' sync sub-types. */
export const MESSAGE_SYNC = 0
export const SYNC_STEP1 = 0
export const SYNC_STEP2 = 1
export const SYNC_UPDATE = 2

function writeVarUint(out: number[], value: number): void {
  let rest = value
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f))
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
}

/**
 * A y-websocket «sync step 1» message for `doc` (message type, sync type, then the state
 * vector as a length-prefixed byte array, all lib0 var-uints), byte for byte what the provider
 * sends on connect. The server answers it with a step 2 after everything the socket sent before.
 */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const vector = Y.encodeStateVector(doc)
  const head: number[] = []
  writeVarUint(head, MESSAGE_SYNC)
  writeVarUint(head, SYNC_STEP1)
  writeVarUint(head, vector.length)
  const message = new Uint8Array(head.length + vector.length)
  message.set(head)
  message.set(vector, head.length)
  return message
}

/** The part of a lib0 decoder needed to look at the next byte without consuming it. */
export interface PeekableDecoder {
  arr: Uint8Array
  pos: number
}

/**
 * The sync sub-type of an incoming sync message, read from the decoder positioned after the
 * message type without moving it. The sub-types (0, 1, 2) are one-byte var-uints.
 */
export function peekSyncType(decoder: PeekableDecoder): number | undefined {
  return decoder.arr[decoder.pos]
}

/**
 * The byte array an incoming sync message carries (a step 2's or an update's update; a step
 * 1's state vector), read from the decoder positioned after the message type without moving
 * it: the one-byte sub-type, a var-uint length, then the bytes (a view, not a copy).
 */
export function peekSyncPayload(decoder: PeekableDecoder): Uint8Array {
  const { arr } = decoder
  let at = decoder.pos + 1
  let length = 0
  let scale = 1
  for (;;) {
    const byte = arr[at++]
    if (byte === undefined) throw new RangeError('sync message ends inside its length')
    length += (byte & 0x7f) * scale
    if (byte < 0x80) break
    scale *= 128
  }
  if (at + length > arr.length) throw new RangeError('sync message shorter than its length')
  return arr.subarray(at, at + length)
}
