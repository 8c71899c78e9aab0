import {
  addPhase,
  addTouchpoint,
  createActor,
  createJourney,
  initBoard,
  updateActor,
  updateEntity,
} from '@samkart/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createJourneyBoardStore } from './journeyBoardStore'

const ok = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('operation failed')
  return result.value
}

function board() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Tavle', createdAt: '2026-01-01T00:00:00.000Z' })
  const actor = ok(createActor(doc, { name: 'NAV' }))
  const journey = ok(createJourney(doc, { title: 'Alvorlig sykt barn' }))
  const phase = ok(addPhase(doc, journey, { title: 'Utredning' }))
  const touchpoint = ok(addTouchpoint(doc, { phaseId: phase, title: 'Legevakt' }))
  return { doc, actor, touchpoint }
}

describe('createJourneyBoardStore', () => {
  it('re-reads only the part a transaction changed and tells its listeners once', () => {
    const { doc, actor, touchpoint } = board()
    const store = createJourneyBoardStore(doc)
    let calls = 0
    const stop = store.subscribe(() => calls++)
    const before = store.get()

    updateEntity(doc, 'touchpoint', touchpoint, { title: 'Fastlege' })
    const afterTyping = store.get()
    expect(calls).toBe(1)
    expect(afterTyping.touchpoints[0]!.title).toBe('Fastlege')
    // Typing in a touchpoint reads no actor again.
    expect(afterTyping.actors).toBe(before.actors)
    expect(afterTyping.phases).toBe(before.phases)

    updateActor(doc, actor, { name: 'Arbeids- og velferdsetaten' })
    expect(calls).toBe(2)
    expect(store.get().actors[0]!.name).toBe('Arbeids- og velferdsetaten')
    expect(store.get().touchpoints).toBe(afterTyping.touchpoints)

    // One transaction over two parts: both re-read, one notification.
    doc.transact(() => {
      updateActor(doc, actor, { name: 'NAV' })
      updateEntity(doc, 'touchpoint', touchpoint, { title: 'Legevakt' })
    })
    expect(calls).toBe(3)
    expect(store.get().actors[0]!.name).toBe('NAV')
    expect(store.get().touchpoints[0]!.title).toBe('Legevakt')
    stop()
  })

  it('stops following the document with its last listener and catches up with the next', () => {
    const { doc, actor } = board()
    const store = createJourneyBoardStore(doc)
    let calls = 0
    store.subscribe(() => calls++)()
    updateActor(doc, actor, { name: 'Skatteetaten' })
    expect(calls).toBe(0)
    expect(store.get().actors[0]!.name).toBe('NAV')
    store.subscribe(() => calls++)
    expect(store.get().actors[0]!.name).toBe('Skatteetaten')
  })
})
