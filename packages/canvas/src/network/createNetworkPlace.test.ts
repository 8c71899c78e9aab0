import { networkPosition } from '@samkart/layout'
import { createActor, deleteActor, readActor, readActors } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createNetworkPlace } from './createNetworkPlace'

const sortedIds = (doc: Y.Doc) =>
  readActors(doc)
    .map((a) => a.id)
    .sort()

describe('createNetworkPlace', () => {
  it('puts unplaced actors where the initial layout by sorted id does, as actors come and go', () => {
    const doc = new Y.Doc()
    const ids = ['C', 'A', 'D', 'B'].map((name) => {
      const made = createActor(doc, { name })
      if (!made.ok) throw new Error(made.error.message)
      return made.value
    })
    const { place, dispose } = createNetworkPlace(doc)
    const expectAllAsLayout = () => {
      for (const actor of readActors(doc))
        expect(place(actor)).toEqual(networkPosition(actor, sortedIds(doc)))
    }
    expectAllAsLayout()
    // One leaves and another comes in the same transaction: the index must still follow.
    doc.transact(() => {
      deleteActor(doc, ids[0]!)
      createActor(doc, { name: 'E' })
    })
    expectAllAsLayout()
    dispose()
  })

  it('keeps a saved network position', () => {
    const doc = new Y.Doc()
    const made = createActor(doc, { name: 'A', networkX: 120, networkY: -40 })
    if (!made.ok) throw new Error(made.error.message)
    expect(createNetworkPlace(doc).place(readActor(doc, made.value)!)).toEqual({ x: 120, y: -40 })
  })
})
