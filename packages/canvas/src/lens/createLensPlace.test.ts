import { createActor, deleteActor, readActor, readActors, updateActor } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLensPlace } from './createLensPlace'
import { lensAnchor, traySlot } from './lensTray'

function board(names: string[], shortNames: Record<string, string> = {}) {
  const doc = new Y.Doc()
  const ids = names.map((name) => {
    const made = createActor(doc, { name, shortName: shortNames[name] ?? '' })
    if (!made.ok) throw new Error(made.error.message)
    return made.value
  })
  return { doc, ids }
}

const placeOf = (doc: Y.Doc, place: ReturnType<typeof createLensPlace>['place'], id: string) =>
  place(readActor(doc, id)!)

describe('createLensPlace', () => {
  it('stands the unplaced actors in the tray by name, Norwegian letters last', () => {
    const { doc, ids } = board(['Øyvind', 'Bufdir', 'Arbeidstilsynet', 'Zeta'])
    const { place } = createLensPlace(doc)
    expect(placeOf(doc, place, ids[2]!)).toEqual(traySlot(0))
    expect(placeOf(doc, place, ids[1]!)).toEqual(traySlot(1))
    expect(placeOf(doc, place, ids[3]!)).toEqual(traySlot(2))
    expect(placeOf(doc, place, ids[0]!)).toEqual(traySlot(3))
  })

  it('orders by the name the card shows, the short name where there is one', () => {
    const { doc, ids } = board(['Arbeids- og velferdsetaten', 'Bufdir'], {
      'Arbeids- og velferdsetaten': 'NAV',
    })
    const { place } = createLensPlace(doc)
    expect(placeOf(doc, place, ids[1]!)).toEqual(traySlot(0))
    expect(placeOf(doc, place, ids[0]!)).toEqual(traySlot(1))
  })

  it('puts a placed actor at its scores and leaves the others in their slots', () => {
    const { doc, ids } = board(['A', 'B', 'C'])
    const { place } = createLensPlace(doc)
    const before = ids.map((id) => placeOf(doc, place, id))
    updateActor(doc, ids[0]!, { interest: 0.9, influence: 0.8 })
    const moved = readActor(doc, ids[0]!)!
    expect(place(moved)).toEqual(lensAnchor(moved, 0))
    expect(placeOf(doc, place, ids[1]!)).toEqual(before[1])
    expect(placeOf(doc, place, ids[2]!)).toEqual(before[2])
  })

  it('closes the gaps when actors come or go, while it follows the document', () => {
    const { doc, ids } = board(['A', 'B', 'C'])
    const lens = createLensPlace(doc)
    const stop = lens.follow()
    for (const actor of readActors(doc)) lens.place(actor)
    deleteActor(doc, ids[0]!)
    expect(placeOf(doc, lens.place, ids[1]!)).toEqual(traySlot(0))
    expect(placeOf(doc, lens.place, ids[2]!)).toEqual(traySlot(1))
    stop()
  })
})
