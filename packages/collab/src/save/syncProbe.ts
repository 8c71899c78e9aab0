import * as Y from 'yjs'

/** y-websocket's message type for sync messages, and y-protocols' sync sub-types. */
export const MESSAGE_SYNC = 0
export const SYNC_STEP1 = 0
export const SYNC_STEP2 = 1

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
