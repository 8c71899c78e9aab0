import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { COLOR_STORAGE_KEY, NAME_STORAGE_KEY } from './localUser'
import { PRESENCE_COLORS } from './presenceColors'
import { SELECTION_MAX, readPresenceState } from './presenceState'
import { type Presence, createPresence } from './presenceStore'

/** An in-memory `localStorage`, one per simulated browser. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  }
}

/**
 * A room of awareness instances that relay every update to each other at once, as the server
 * does. `clientID`s are fixed so the join order is known.
 */
function room() {
  const members: Awareness[] = []
  const join = (clientId: number) => {
    const doc = new Y.Doc()
    doc.clientID = clientId
    const awareness = new Awareness(doc)
    for (const other of members)
      applyAwarenessUpdate(
        awareness,
        encodeAwarenessUpdate(other, [...other.getStates().keys()]),
        'remote',
      )
    awareness.on(
      'update',
      ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
        if (origin === 'remote') return
        const update = encodeAwarenessUpdate(awareness, [...added!, ...updated!, ...removed!])
        for (const other of members)
          if (other !== awareness) applyAwarenessUpdate(other, update, 'remote')
      },
    )
    members.push(awareness)
    return awareness
  }
  return { join }
}

/** A short list of guest names, so the tests can run out of them. */
const GUESTS = ['Anonym rev', 'Anonym elg', 'Anonym ugle']

const opened: Presence[] = []
function open(awareness: Awareness, storage = memoryStorage(), guestNames = GUESTS) {
  const presence = createPresence(awareness, { storage, guestNames, intervalMs: 80 })
  opened.push(presence)
  return presence
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  for (const p of opened.splice(0)) p.destroy()
  vi.useRealTimers()
})

describe('presence', () => {
  it('gives everyone in a room a distinct colour, even when they all remember the same one', () => {
    const r = room()
    const people = [1, 2, 3, 4, 5].map((id) =>
      open(r.join(id), memoryStorage({ [COLOR_STORAGE_KEY]: PRESENCE_COLORS[0] })),
    )
    vi.advanceTimersByTime(1000)
    const colours = people.map((p) => p.self.get().color)
    expect(new Set(colours).size).toBe(5)
    // Everyone sees the others with the colours they use.
    const seen = people[0]!.peers.get().map((p) => p.color)
    expect(seen.sort()).toEqual(colours.slice(1).sort())
  })

  it('keeps a remembered colour when it is free, and the first one to have it keeps it', () => {
    const r = room()
    const first = open(r.join(5), memoryStorage({ [COLOR_STORAGE_KEY]: PRESENCE_COLORS[3] }))
    vi.advanceTimersByTime(100)
    const second = open(r.join(9), memoryStorage({ [COLOR_STORAGE_KEY]: PRESENCE_COLORS[3] }))
    vi.advanceTimersByTime(100)
    expect(first.self.get().color).toBe(PRESENCE_COLORS[3])
    expect(second.self.get().color).not.toBe(PRESENCE_COLORS[3])
  })

  it('remembers the chosen name for the next visit and shows it to others', () => {
    const storage = memoryStorage()
    const r = room()
    const me = open(r.join(1), storage, ['Anonym rev'])
    const other = open(r.join(2))
    expect(me.self.get()).toMatchObject({ name: 'Anonym rev', chosen: false })
    expect(me.setName('   ')).toBe('required')
    expect(me.setName('x'.repeat(41))).toBe('too_long')
    expect(me.setName('  Kari   Nordmann ')).toBeNull()
    vi.advanceTimersByTime(100)
    expect(storage.data.get(NAME_STORAGE_KEY)).toBe('Kari Nordmann')
    expect(other.peers.get().map((p) => p.name)).toEqual(['Kari Nordmann'])

    const again = open(r.join(3), storage)
    expect(again.self.get()).toMatchObject({ name: 'Kari Nordmann', chosen: true })
    // Someone with a name is not asked for one.
    expect(again.shouldAskName()).toBe(false)
  })

  it('asks a guest for a name once per browser', () => {
    const storage = memoryStorage()
    const r = room()
    const me = open(r.join(1), storage)
    expect(me.shouldAskName()).toBe(true)
    me.nameAsked()
    expect(me.shouldAskName()).toBe(false)
    expect(open(r.join(2), storage).shouldAskName()).toBe(false)
    expect(open(r.join(3), memoryStorage()).shouldAskName()).toBe(true)
  })

  it('gives every guest on the board a name of their own, while there are names to give', () => {
    const r = room()
    // All three start from the same name (the same random start): the later ones move on.
    const first = createPresence(r.join(1), { guestNames: GUESTS, random: () => 0 })
    const second = createPresence(r.join(2), { guestNames: GUESTS, random: () => 0 })
    const third = createPresence(r.join(3), { guestNames: GUESTS, random: () => 0 })
    opened.push(first, second, third)
    vi.advanceTimersByTime(200)
    const names = [first, second, third].map((p) => p.self.get().name)
    expect(new Set(names).size).toBe(3)
    expect(first.self.get().name).toBe('Anonym rev')
    // A name someone chose is theirs: a guest with that name moves, the chooser does not.
    expect(second.setName('Anonym ugle')).toBeNull()
    vi.advanceTimersByTime(200)
    expect(second.self.get().name).toBe('Anonym ugle')
    expect(third.self.get().name).not.toBe('Anonym ugle')
  })

  it('throttles cursor messages and always sends where the pointer stopped', () => {
    const r = room()
    const me = open(r.join(1))
    const other = open(r.join(2))
    vi.advanceTimersByTime(1000)
    const sent = vi.fn()
    me.peers.get() // settle
    const awarenessOfMe = r.join(3)
    awarenessOfMe.on('change', sent)
    // 60 pointer moves in one second (a 60 Hz mouse).
    for (let i = 0; i < 60; i++) {
      me.setCursor({ view: 'actors:matrix', x: i, y: i * 2 })
      vi.advanceTimersByTime(1000 / 60)
    }
    vi.advanceTimersByTime(200)
    // At most one message per 80 ms (13 in a second), not 60, and the last one is the stop.
    expect(sent.mock.calls.length).toBeLessThanOrEqual(14)
    expect(sent.mock.calls.length).toBeGreaterThanOrEqual(10)
    expect(other.peers.get().find((p) => p.clientId === 1)?.cursor).toEqual({
      view: 'actors:matrix',
      x: 59,
      y: 118,
    })
  })

  it('keeps the list of others as it is while only this tab moves its pointer', () => {
    const r = room()
    const me = open(r.join(1))
    open(r.join(2))
    vi.advanceTimersByTime(1000)
    const peers = me.peers.get()
    const changed = vi.fn()
    me.peers.subscribe(changed)
    for (let i = 0; i < 30; i++) {
      me.setCursor({ view: 'actors:matrix', x: i, y: i })
      me.setDragging(['a'])
      vi.advanceTimersByTime(1000 / 60)
    }
    vi.advanceTimersByTime(200)
    expect(changed).not.toHaveBeenCalled()
    expect(me.peers.get()).toBe(peers)
  })

  it('shares the selection and the viewport, and never sends unchanged state again', () => {
    const r = room()
    const me = open(r.join(1))
    const other = open(r.join(2))
    vi.advanceTimersByTime(1000)
    me.setSelection(['a1', 'a2'])
    me.setViewport({ view: 'actors:network', x: 10, y: 20, zoom: 1.5 })
    vi.advanceTimersByTime(100)
    expect(other.peers.get()[0]).toMatchObject({
      selection: ['a1', 'a2'],
      viewport: { view: 'actors:network', x: 10, y: 20, zoom: 1.5 },
    })
    const changes = vi.fn()
    other.peers.subscribe(changes)
    me.setSelection(['a1', 'a2'])
    me.setViewport({ view: 'actors:network', x: 10, y: 20, zoom: 1.5 })
    vi.advanceTimersByTime(1000)
    expect(changes).not.toHaveBeenCalled()
  })

  it('tells the others which cards are being dragged until the drop, and reads only ids', () => {
    const r = room()
    const me = open(r.join(1))
    const other = open(r.join(2))
    vi.advanceTimersByTime(1000)
    expect(other.peers.get()[0]!.dragging).toEqual([])
    me.setDragging(['a1'])
    vi.advanceTimersByTime(100)
    expect(other.peers.get()[0]!.dragging).toEqual(['a1'])
    me.setDragging([])
    vi.advanceTimersByTime(100)
    expect(other.peers.get()[0]!.dragging).toEqual([])
    // From a buggy or hostile client: only strings of a sane length, and not too many.
    const raw = {
      user: { name: 'Kari', color: PRESENCE_COLORS[0] },
      cursor: null,
      selection: [],
      viewport: null,
      dragging: ['a2', 42, 'x'.repeat(5000), ...Array.from({ length: 500 }, (_, i) => `b${i}`)],
    }
    expect(readPresenceState(raw)!.dragging).toHaveLength(SELECTION_MAX)
    expect(readPresenceState(raw)!.dragging![0]).toBe('a2')
    expect(readPresenceState({ ...raw, dragging: 'a1' })!.dragging).toBeUndefined()
  })

  it('follows a participant’s viewport until told to stop, and stops when they leave', () => {
    const r = room()
    const me = open(r.join(1))
    const leaderAwareness = r.join(2)
    const leader = open(leaderAwareness)
    leader.setName('Kari')
    leader.setViewport({ view: 'actors:matrix', x: 1, y: 2, zoom: 1 })
    vi.advanceTimersByTime(100)
    me.follow(2)
    expect(me.target.get()).toMatchObject({
      kind: 'follow',
      name: 'Kari',
      viewport: { x: 1, y: 2 },
    })
    leader.setViewport({ view: 'actors:matrix', x: 300, y: 40, zoom: 0.5 })
    vi.advanceTimersByTime(100)
    expect(me.target.get()?.viewport).toEqual({ view: 'actors:matrix', x: 300, y: 40, zoom: 0.5 })
    me.stopFollowing()
    leader.setViewport({ view: 'actors:matrix', x: 0, y: 0, zoom: 1 })
    vi.advanceTimersByTime(100)
    expect(me.target.get()).toBeNull()

    me.follow(2)
    leader.destroy()
    vi.advanceTimersByTime(100)
    expect(me.target.get()).toBeNull()
  })

  it('moves everyone once per summon, but not those who join after it', () => {
    const r = room()
    const facilitator = open(r.join(1))
    const present = open(r.join(2))
    vi.advanceTimersByTime(100)
    expect(facilitator.summon()).toBe(false) // nowhere to bring anyone yet
    facilitator.setViewport({ view: 'actors:lens', x: 5, y: 6, zoom: 2 })
    expect(facilitator.summon()).toBe(true)
    vi.advanceTimersByTime(100)
    expect(present.target.get()).toMatchObject({
      kind: 'summon',
      viewport: { view: 'actors:lens', x: 5, y: 6, zoom: 2 },
    })
    present.stopFollowing()
    // Later cursor moves of the facilitator carry the same summon: no second jump.
    facilitator.setCursor({ view: 'actors:lens', x: 1, y: 1 })
    vi.advanceTimersByTime(100)
    expect(present.target.get()).toBeNull()

    const late = open(r.join(3))
    vi.advanceTimersByTime(100)
    expect(late.target.get()).toBeNull()
    facilitator.summon({ view: 'journey:j1', x: 0, y: 0, zoom: 1 })
    vi.advanceTimersByTime(100)
    expect(late.target.get()).toMatchObject({ kind: 'summon', viewport: { view: 'journey:j1' } })
  })

  it('shows this tab a walkthrough step without telling anyone, until it moves on its own', () => {
    const r = room()
    const me = open(r.join(1))
    const other = open(r.join(2))
    expect(me.viewport()).toBeNull()
    me.setViewport({ view: 'actors:matrix', x: 1, y: 2, zoom: 1 })
    expect(me.viewport()).toEqual({ view: 'actors:matrix', x: 1, y: 2, zoom: 1 })
    me.show('Reisen', { view: 'journey:j1', x: 0, y: 400, zoom: 1 })
    expect(me.target.get()).toMatchObject({
      kind: 'show',
      name: 'Reisen',
      viewport: { view: 'journey:j1', y: 400 },
    })
    vi.advanceTimersByTime(100)
    expect(other.target.get()).toBeNull()
    me.stopFollowing()
    expect(me.target.get()).toBeNull()
  })

  it('ignores peers whose state is not a presence state, and cleans up what it can', () => {
    const r = room()
    const me = open(r.join(1))
    const stranger = r.join(2)
    stranger.setLocalState({ user: { name: 'x', color: 'red; background: url(evil)' } })
    const odd = r.join(3)
    odd.setLocalState({
      user: { name: '  Ola  ', color: PRESENCE_COLORS[2] },
      cursor: { view: 'actors:matrix', x: Infinity, y: 0 },
      selection: ['a', 7, 'b'],
      viewport: { view: 'elsewhere', x: 0, y: 0, zoom: 1 },
    })
    expect(me.peers.get()).toEqual([
      {
        clientId: 3,
        name: 'Ola',
        color: PRESENCE_COLORS[2],
        cursor: null,
        selection: ['a', 'b'],
        viewport: null,
        dragging: [],
      },
    ])
  })

  it('tells the others when this tab leaves', () => {
    const r = room()
    const me = open(r.join(1))
    const other = open(r.join(2))
    vi.advanceTimersByTime(100)
    expect(other.peers.get()).toHaveLength(1)
    me.destroy()
    expect(other.peers.get()).toHaveLength(0)
  })
})
