import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  encodeSyncStep1,
  peekSyncPayload,
  peekSyncType,
} from './syncProbe'

/** The parts of lib0's decoder and encoder that y-protocols uses (collab does not import lib0). */
const decoder = (arr: Uint8Array, pos = 0) => ({ arr, pos })
const encoder = () => ({ cpos: 0, cbuf: new Uint8Array(100), bufs: [] as Uint8Array[] })
const bytes = (e: ReturnType<typeof encoder>) => {
  const parts = [...e.bufs, e.cbuf.subarray(0, e.cpos)]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

describe('sync probe', () => {
  it('is a step 1 that y-protocols answers with exactly what the prober lacks', () => {
    // 300 clients: the state vector is longer than 127 bytes, so its length takes two bytes.
    const doc = new Y.Doc()
    for (let i = 0; i < 300; i++) {
      const other = new Y.Doc()
      other.clientID = 1000 + i * 7919
      other.getMap('m').set(`k${i}`, i)
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    }
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    server.getMap('m').set('extra', 'only on the server')

    const probe = decoder(encodeSyncStep1(doc), 1)
    expect(probe.arr[0]).toBe(MESSAGE_SYNC)
    expect(peekSyncType(probe)).toBe(SYNC_STEP1)
    expect(probe.pos).toBe(1)
    const reply = encoder()
    expect(syncProtocol.readSyncMessage(probe as never, reply as never, server, 'test')).toBe(
      SYNC_STEP1,
    )
    expect(probe.pos).toBe(probe.arr.length)

    const answer = decoder(bytes(reply))
    expect(peekSyncType(answer)).toBe(SYNC_STEP2)
    const before = Y.encodeStateAsUpdate(doc).length
    syncProtocol.readSyncMessage(answer as never, encoder() as never, doc, 'server')
    expect(doc.getMap('m').get('extra')).toBe('only on the server')
    expect(doc.getMap('m').size).toBe(301)
    // The answer carried the missing entry, not the whole document again.
    expect(answer.arr.length).toBeLessThan(before / 10)
  })

  it('reads the update a step 2 carries without moving the decoder', () => {
    const server = new Y.Doc()
    for (let i = 0; i < 50; i++) server.getMap('m').set(`k${i}`, 'x'.repeat(20))
    const reply = encoder()
    const ask = decoder(encodeSyncStep1(new Y.Doc()), 1)
    syncProtocol.readSyncMessage(ask as never, reply as never, server, 'test')
    const answer = decoder(bytes(reply))
    const payload = peekSyncPayload(answer)
    expect(answer.pos).toBe(0)
    // Longer than 127 bytes: its length is a two-byte var-uint.
    expect(payload.length).toBeGreaterThan(127)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, payload)
    expect(copy.getMap('m').toJSON()).toEqual(server.getMap('m').toJSON())
    expect(payload.byteOffset + payload.length).toBe(answer.arr.length)
  })

  it('refuses a message cut short instead of reading past it', () => {
    const whole = encodeSyncStep1(new Y.Doc())
    expect(() => peekSyncPayload(decoder(whole.subarray(0, whole.length - 1), 1))).toThrow(
      RangeError,
    )
    expect(() =>
      peekSyncPayload(decoder(Uint8Array.of(MESSAGE_SYNC, SYNC_STEP2, 0x80), 1)),
    ).toThrow(RangeError)
  })
})
