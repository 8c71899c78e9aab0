import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as encoding from 'lib0/encoding'
import { decodeAwarenessUpdate, decodeMessage, encodeAwareness, encodeUpdate } from './protocol'

/** Encodes a message the way the stock y-websocket client does. */
function clientMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

describe('decodeMessage', () => {
  const doc = new Y.Doc()
  doc.getMap('m').set('k', 'v')

  it('decodes what y-protocols encodes: step 1, step 2, update, awareness, query', () => {
    const step1 = clientMessage((e) => {
      encoding.writeVarUint(e, 0)
      syncProtocol.writeSyncStep1(e, doc)
    })
    expect(decodeMessage(step1)).toMatchObject({ ok: true, message: { type: 'sync-step1' } })

    const step2 = clientMessage((e) => {
      encoding.writeVarUint(e, 0)
      syncProtocol.writeSyncStep2(e, doc)
    })
    const decoded = decodeMessage(step2)
    expect(decoded).toMatchObject({ ok: true, message: { type: 'sync-step2' } })
    const copy = new Y.Doc()
    if (decoded.ok && decoded.message.type === 'sync-step2')
      Y.applyUpdate(copy, decoded.message.update)
    expect(copy.getMap('m').get('k')).toBe('v')

    const update = encodeUpdate(Y.encodeStateAsUpdate(doc))
    expect(decodeMessage(update)).toMatchObject({ ok: true, message: { type: 'sync-update' } })

    const awareness = new awarenessProtocol.Awareness(doc)
    awareness.setLocalState({ user: { name: 'Kari' } })
    const aw = decodeMessage(encodeAwareness(awareness, [doc.clientID]))
    expect(aw).toMatchObject({
      ok: true,
      message: {
        type: 'awareness',
        entries: [{ clientId: doc.clientID, state: { user: { name: 'Kari' } } }],
      },
    })
    awareness.destroy()

    expect(decodeMessage(new Uint8Array([3]))).toEqual({
      ok: true,
      message: { type: 'query-awareness' },
    })
  })

  it('refuses empty, truncated, trailing and unknown input with a reason', () => {
    const update = encodeUpdate(Y.encodeStateAsUpdate(doc))
    expect(decodeMessage(new Uint8Array())).toEqual({
      ok: false,
      reason: 'truncated or malformed message',
    })
    expect(decodeMessage(update.slice(0, -1))).toEqual({
      ok: false,
      reason: 'truncated or malformed message',
    })
    expect(decodeMessage(new Uint8Array([...update, 0]))).toEqual({
      ok: false,
      reason: 'trailing bytes after message',
    })
    expect(decodeMessage(new Uint8Array([9]))).toEqual({
      ok: false,
      reason: 'unknown message type 9',
    })
    expect(decodeMessage(new Uint8Array([0, 3, 0]))).toEqual({
      ok: false,
      reason: 'unknown sync message type 3',
    })
  })

  it('never throws, whatever the bytes', () => {
    let seed = 7
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff
    for (let i = 0; i < 2000; i++) {
      const bytes = new Uint8Array(Math.floor(random() * 40))
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256)
      expect(() => decodeMessage(bytes)).not.toThrow()
    }
  })

  it('never reads past the message, even when it is a view into a larger buffer', () => {
    // ws may hand over a view into a pooled buffer; a length prefix must not reach beyond it.
    const pool = new Uint8Array(64).fill(1)
    pool.set([0, 2, 50], 10) // sync update claiming 50 bytes
    expect(decodeMessage(pool.subarray(10, 13))).toEqual({
      ok: false,
      reason: 'truncated or malformed message',
    })
  })
})

describe('decodeAwarenessUpdate', () => {
  it('refuses a state that is not JSON rather than applying entries before it', () => {
    const update = clientMessage((e) => {
      encoding.writeVarUint(e, 2)
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, '{"ok":true}')
      encoding.writeVarUint(e, 2)
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, '{not json')
    })
    expect(decodeAwarenessUpdate(update)).toBeNull()
  })
})
