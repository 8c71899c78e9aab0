import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { builtInLane } from '../journey/lanes'
import { readLanes } from '../journey/laneOps'
import { readEntities, readEntity } from './entityStore'
import { SCHEMA_VERSION } from './BoardMeta'
import { migrateBoard } from './migrations'
import { entityRoot, metaRoot } from './schema'
import { validateBoard } from './validateBoard'
import stored from './fixtures/board-v1-lanes.ydoc.json'

/** The board the code of schema 1 stored (fixtures/README.md). */
function storedV1(): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(stored.update), (c) => c.charCodeAt(0)),
  )
  return doc
}

const journeyNamed = (doc: Y.Doc, title: string) =>
  readEntities(doc, 'journey').find((j) => j.title === title)!
const shape = (doc: Y.Doc, journeyId: string) =>
  readLanes(doc, journeyId).map((l) => `${l.hidden ? '-' : ''}${builtInLane(l)}`)

describe('lanes migration (schema 1 → 2)', () => {
  it('turns a stored journey’s lane arrangement into lane entities, in order, hidden kept', () => {
    const doc = storedV1()
    expect(metaRoot(doc).get('schemaVersion')).toBe(1)
    expect(migrateBoard(doc)).toEqual({ status: 'migrated', from: 1, to: SCHEMA_VERSION })
    const arranged = journeyNamed(doc, 'Søke om pleiepenger')
    expect(shape(doc, arranged.id)).toEqual([
      'emotion',
      '-channel',
      'pain',
      'touchpoint',
      '-backstage',
      'action',
      'need',
      'responsible',
    ])
    expect(shape(doc, journeyNamed(doc, 'Standard rader').id)).toEqual([
      'action',
      'touchpoint',
      'channel',
      'need',
      'pain',
      'emotion',
      'responsible',
      'backstage',
    ])
    expect(readLanes(doc, arranged.id).every((l) => l.title === '')).toBe(true)
    // The old key is gone from the stored journey.
    expect(entityRoot(doc, 'journey').get(arranged.id)!.has('lanes')).toBe(false)
    expect(validateBoard(doc)).toEqual([])
  })

  it('moves every journey note into its lane, hidden lanes included, and leaves others be', () => {
    const doc = storedV1()
    migrateBoard(doc)
    const notes = readEntities(doc, 'note')
    expect(notes).toHaveLength(6)
    const where = Object.fromEntries(
      notes.map((n) => {
        const lane = readEntity(doc, 'lane', n.laneId)
        return [n.text, lane ? `${lane.hidden ? '-' : ''}${builtInLane(lane)}` : n.laneId]
      }),
    )
    expect(where).toEqual({
      'Redd og sliten': 'emotion',
      'Må forklare alt på nytt': 'pain',
      'Notat i skjult rad': '-channel',
      'Saksbehandler venter på legeerklæring': '-backstage',
      Standardrad: 'action',
      Aktørkartnotat: '',
    })
    for (const n of notes) {
      expect(entityRoot(doc, 'note').get(n.id)!.has('lane')).toBe(false)
      if (n.laneId) expect(readEntity(doc, 'lane', n.laneId)!.journeyId).toBe(n.journeyId)
    }
  })

  it('reaches every replica as one update, and a second run changes nothing', () => {
    const doc = storedV1()
    const replica = new Y.Doc()
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    migrateBoard(doc)
    expect(updates).toHaveLength(1)
    Y.applyUpdate(replica, updates[0]!)
    expect(readEntities(replica, 'lane')).toHaveLength(16)
    expect(migrateBoard(doc)).toEqual({ status: 'current', version: SCHEMA_VERSION })
    expect(readEntities(doc, 'lane')).toHaveLength(16)
  })
})
