import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyReceivedUpdate } from './applyReceivedUpdate'

const PROVIDER = { name: 'provider' }

/** A board-like document of `n` entries, and the update that carries it. */
function serverState(n: number) {
  const server = new Y.Doc()
  server.transact(() => {
    for (let i = 0; i < n; i++) {
      const entry = new Y.Map<unknown>()
      server.getMap('actors').set(`a${i}`, entry)
      entry.set('name', `Aktør ${i}`)
    }
  })
  return { server, update: Y.encodeStateAsUpdate(server) }
}

type Heard = { update: Uint8Array; origin: unknown }

function listen(doc: Y.Doc): Heard[] {
  const heard: Heard[] = []
  doc.on('update', (update, origin) => heard.push({ update, origin }))
  return heard
}

describe('applyReceivedUpdate', () => {
  it('hands the update listeners the bytes received instead of writing them again', () => {
    const { server, update } = serverState(200)
    const doc = new Y.Doc()
    const heard = listen(doc)

    applyReceivedUpdate(doc, update, PROVIDER, () => Y.applyUpdate(doc, update, PROVIDER))

    expect(doc.getMap('actors').toJSON()).toEqual(server.getMap('actors').toJSON())
    expect(heard).toHaveLength(1)
    expect(heard[0]!.update).toBe(update)
    expect(heard[0]!.origin).toBe(PROVIDER)
  })

  it('leaves the listeners in place for the edits that follow', () => {
    const { update } = serverState(3)
    const doc = new Y.Doc()
    const heard = listen(doc)
    applyReceivedUpdate(doc, update, PROVIDER, () => Y.applyUpdate(doc, update, PROVIDER))

    doc.getMap('actors').delete('a0')

    expect(heard).toHaveLength(2)
    expect(heard[1]!.origin).toBeNull()
    const copy = new Y.Doc()
    for (const { update: u } of heard) Y.applyUpdate(copy, u)
    expect(Object.keys(copy.getMap('actors').toJSON()).sort()).toEqual(['a1', 'a2'])
  })

  it('still reports what an observer writes during the apply, after it', () => {
    const { update } = serverState(5)
    const doc = new Y.Doc()
    doc.getMap('actors').observe((event) => {
      if (event.transaction.origin === PROVIDER) doc.getMap('meta').set('seen', true)
    })
    const heard = listen(doc)

    applyReceivedUpdate(doc, update, PROVIDER, () => Y.applyUpdate(doc, update, PROVIDER))

    expect(heard.map((h) => h.origin)).toEqual([PROVIDER, null])
    // What the listeners heard rebuilds the document, the observer's write included: the
    // sync provider would have sent that write to the server.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, heard[1]!.update)
    expect(copy.getMap('meta').get('seen')).toBe(true)
    for (const { update: u } of heard) Y.applyUpdate(copy, u)
    expect(copy.getMap('actors').size).toBe(5)
  })

  it('tells nobody about an update that changed nothing', () => {
    const { update } = serverState(4)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    const heard = listen(doc)

    applyReceivedUpdate(doc, update, PROVIDER, () => Y.applyUpdate(doc, update, PROVIDER))

    expect(heard).toEqual([])
  })

  it('keeps the listeners when the update is refused, and ones added meanwhile', () => {
    const doc = new Y.Doc()
    const heard = listen(doc)
    const late: unknown[] = []
    const broken = Uint8Array.of(0xff, 0xff, 0xff)

    expect(() =>
      applyReceivedUpdate(doc, broken, PROVIDER, () => {
        doc.on('update', (_u, origin) => late.push(origin))
        Y.applyUpdate(doc, broken, PROVIDER)
      }),
    ).toThrow()
    doc.getMap('meta').set('after', 1)

    expect(heard).toHaveLength(1)
    expect(late).toEqual([null])
  })
})
