import type { LocalPresence, PresencePeer, PresenceTarget } from '@samkart/model'
import type { Awareness } from 'y-protocols/awareness'
import { type ReadableStore, createStore } from '../statusStore'
import {
  type UserStorage,
  nameProblem,
  normaliseName,
  readRememberedUser,
  rememberAsked,
  rememberColor,
  rememberName,
  wasAskedForName,
} from './localUser'
import { PRESENCE_COLORS, pickColor } from './presenceColors'
import {
  type PresenceCursor,
  type PresenceState,
  type PresenceViewport,
  readPresenceState,
} from './presenceState'
import { createThrottle } from './throttle'

export type { LocalPresence, PresencePeer, PresenceTarget }

/** Options of {@link createPresence}. */
export interface PresenceOptions {
  /** Remembers the name and colour across visits; `localStorage` in the browser. */
  storage?: UserStorage
  /** This browser's participant id, published with the name so others can mention it. */
  participantId?: string
  /**
   * Friendly names to show until the user chooses one («Anonym rev», «Anonym elg», …): each
   * participant gets one nobody else on the board has while there are enough of them.
   */
  guestNames: readonly string[]
  /**
   * Least time between two awareness messages from this tab, in ms. Cursor, viewport and
   * selection share it, so the whole presence stays under the server's awareness rate limit
   * (20/s by default) with room to spare: 80 ms is 12.5 messages a second at most.
   */
  intervalMs?: number
  /** For tests. */
  now?: () => number
  random?: () => number
}

/** Presence on one board: who is here, and what this tab tells the others. */
export interface Presence {
  self: ReadableStore<LocalPresence>
  /** Everyone else on the board, by name. */
  peers: ReadableStore<readonly PresencePeer[]>
  /** Where this tab's view should follow, if anywhere. */
  target: ReadableStore<PresenceTarget | null>
  /**
   * Whether to ask this person for their name now: they have none and were never asked in
   * this browser. Asked once; {@link nameAsked} records that they were.
   */
  shouldAskName(): boolean
  /** Records that the person was asked (they gave a name or chose to stay a guest). */
  nameAsked(): void
  /** Sets and remembers the display name; returns why it cannot be used, or `null`. */
  setName(name: string): 'required' | 'too_long' | null
  /** The pointer in the current view, or `null` when it left the canvas (throttled). */
  setCursor(cursor: PresenceCursor | null): void
  /** The ids this tab has selected (cards, relations, touchpoints). */
  setSelection(ids: readonly string[]): void
  /** The cards this tab is dragging now; `[]` at the drop (see `PresenceState.dragging`). */
  setDragging(ids: readonly string[]): void
  /** What this tab sees (throttled). */
  setViewport(viewport: PresenceViewport | null): void
  /** Follows a participant's view until {@link stopFollowing}. */
  follow(clientId: number): void
  /** Stops following and forgets a summon (the user moved by themselves, or pressed Escape). */
  stopFollowing(): void
  /**
   * Brings everyone to `viewport`, by default to what this tab shows; `false` if there is
   * nothing to bring them to. Only a facilitator may: the server drops awareness that carries
   * a summon from anyone else, so never call this without the role.
   */
  summon(viewport?: PresenceViewport): boolean
  /** What this tab shows now (its last reported viewport), e.g. to save it as a step. */
  viewport(): PresenceViewport | null
  /**
   * Moves this tab to `viewport` as a summon would (route, mode, viewport), named `name`;
   * nobody else is told. A walkthrough step uses it; moving away by hand ends it.
   */
  show(name: string, viewport: PresenceViewport): void
  /** Tells the others this tab left, and stops listening. */
  destroy(): void
}

const DEFAULT_INTERVAL_MS = 80
const NO_IDS: readonly string[] = []

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i])

/** What y-protocols' awareness passes its `change` listeners: the client ids affected. */
interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Presence over a y-protocols `Awareness` (framework-free; React subscribes to the stores).
 * Publishes this tab's state as the access contract describes, reads everyone else's
 * defensively, gives each participant a distinct colour (on a clash, the later joiner, i.e. the
 * higher client id, picks again), and follows or obeys a summon.
 */
export function createPresence(awareness: Awareness, options: PresenceOptions): Presence {
  const now = options.now ?? (() => Date.now())
  const random = options.random ?? Math.random
  const remembered = readRememberedUser(options.storage)
  const clientId = awareness.clientID
  const preferred =
    remembered.color ?? PRESENCE_COLORS[Math.floor(random() * PRESENCE_COLORS.length)]!
  if (!remembered.color) rememberColor(options.storage, preferred)

  const guestStart = Math.floor(random() * Math.max(1, options.guestNames.length))
  const guestName = (taken: readonly string[]) =>
    pickGuestName(options.guestNames, taken, guestStart)
  const local: PresenceState = {
    user: {
      name: remembered.name ?? guestName(othersNames()),
      color: pickColor(othersColors(), preferred),
      ...(options.participantId ? { participantId: options.participantId } : {}),
    },
    cursor: null,
    selection: [],
    viewport: null,
  }
  const self = createStore<LocalPresence>({
    clientId,
    ...local.user,
    chosen: remembered.name !== null,
  })
  const peers = createStore<readonly PresencePeer[]>([])
  const target = createStore<PresenceTarget | null>(null)
  let following: number | null = null
  /** The last summon seen from each peer, so each one moves us once, and none from before we came. */
  const seenSummons = new Map<number, number>()

  let dirty = true
  const throttle = createThrottle(
    () => {
      if (!dirty) return
      dirty = false
      const { dragging, ...rest } = local
      awareness.setLocalState({
        ...rest,
        selection: [...local.selection],
        ...(dragging?.length ? { dragging: [...dragging] } : {}),
      })
    },
    options.intervalMs ?? DEFAULT_INTERVAL_MS,
    now,
  )
  const publish = () => {
    dirty = true
    throttle.request()
  }

  function othersUsers(): { name: string; color: string }[] {
    const users: { name: string; color: string }[] = []
    awareness.getStates().forEach((raw, id) => {
      if (id === clientId) return
      const state = readPresenceState(raw)
      if (state) users.push(state.user)
    })
    return users
  }
  function othersColors(): string[] {
    return othersUsers().map((u) => u.color)
  }
  function othersNames(): string[] {
    return othersUsers().map((u) => u.name)
  }

  function refresh() {
    const next: PresencePeer[] = []
    let summoned: PresenceTarget | null = null
    awareness.getStates().forEach((raw, id) => {
      if (id === clientId) return
      const state = readPresenceState(raw)
      if (!state) return
      next.push({
        clientId: id,
        name: state.user.name,
        color: state.user.color,
        ...(state.user.participantId ? { participantId: state.user.participantId } : {}),
        cursor: state.cursor,
        selection: state.selection,
        viewport: state.viewport,
        dragging: state.dragging ?? NO_IDS,
      })
      if (state.summon) {
        const seen = seenSummons.get(id)
        seenSummons.set(id, state.summon.seq)
        if (seen !== undefined && seen !== state.summon.seq)
          summoned = {
            kind: 'summon',
            clientId: id,
            name: state.user.name,
            viewport: state.summon.viewport,
            seq: state.summon.seq,
          }
      } else if (!seenSummons.has(id)) seenSummons.set(id, NaN)
    })
    for (const id of seenSummons.keys())
      if (!next.some((p) => p.clientId === id)) seenSummons.delete(id)
    next.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId)
    peers.set(next)

    // A colour clash, or two people with the same guest name: the later joiner (higher id)
    // moves, so both sides agree who does. A name someone chose is theirs to keep.
    const earlier = next.filter((p) => p.clientId < clientId)
    if (earlier.some((p) => p.color === local.user.color)) {
      local.user = { ...local.user, color: pickColor(next.map((p) => p.color)) }
      self.set({ ...self.get(), color: local.user.color })
      publish()
    }
    if (!self.get().chosen && earlier.some((p) => p.name === local.user.name)) {
      local.user = { ...local.user, name: guestName(next.map((p) => p.name)) }
      self.set({ ...self.get(), name: local.user.name })
      publish()
    }

    if (summoned) {
      following = null
      target.set(summoned)
    } else if (following !== null) {
      const leader = next.find((p) => p.clientId === following)
      if (!leader) {
        following = null
        target.set(null)
      } else {
        const current = target.get()
        const viewport = leader.viewport
        if (
          current?.kind !== 'follow' ||
          current.clientId !== leader.clientId ||
          current.name !== leader.name ||
          !sameViewport(current.viewport, viewport)
        )
          target.set({ kind: 'follow', clientId: leader.clientId, name: leader.name, viewport })
      }
    }
  }

  // Awareness reports this tab's own state too: each cursor publish while dragging, every
  // 80 ms. The peers are unchanged then, and a new (equal) list would re-render everything
  // that reads them, the placement of every card included (docs/performance.md «Big boards»
  // §12).
  const onChange = ({ added, updated, removed }: AwarenessChange) => {
    if (added.some(isOther) || updated.some(isOther) || removed.some(isOther)) refresh()
  }
  const isOther = (id: number) => id !== clientId
  awareness.on('change', onChange)
  refresh()
  publish()

  return {
    self,
    peers,
    target,
    shouldAskName: () => !self.get().chosen && !wasAskedForName(options.storage),
    nameAsked: () => rememberAsked(options.storage),
    setName(raw) {
      const problem = nameProblem(raw)
      if (problem) return problem
      const name = normaliseName(raw)!
      rememberName(options.storage, name)
      local.user = { ...local.user, name }
      self.set({ ...self.get(), name, chosen: true })
      publish()
      return null
    },
    setCursor(cursor) {
      const prev = local.cursor
      if (
        prev === cursor ||
        (prev && cursor && prev.view === cursor.view && prev.x === cursor.x && prev.y === cursor.y)
      )
        return
      local.cursor = cursor
      publish()
    },
    setSelection(ids) {
      if (sameIds(local.selection, ids)) return
      local.selection = [...ids]
      publish()
    },
    setDragging(ids) {
      if (sameIds(local.dragging ?? NO_IDS, ids)) return
      local.dragging = [...ids]
      publish()
    },
    setViewport(viewport) {
      if (sameViewport(local.viewport, viewport)) return
      local.viewport = viewport
      publish()
    },
    follow(id) {
      following = id
      target.set(null)
      refresh()
    },
    stopFollowing() {
      following = null
      target.set(null)
    },
    summon(to) {
      const viewport = to ?? local.viewport
      if (!viewport) return false
      const seq = Math.max(now(), (local.summon?.seq ?? 0) + 1)
      local.summon = { seq, view: viewport.view, viewport }
      local.viewport = viewport
      publish()
      throttle.flush()
      return true
    },
    viewport: () => local.viewport,
    show(name, viewport) {
      following = null
      const seq = (target.get()?.kind === 'show' ? (target.get() as { seq: number }).seq : 0) + 1
      target.set({ kind: 'show', clientId, name, viewport, seq })
    },
    destroy() {
      throttle.cancel()
      awareness.off('change', onChange)
      awareness.setLocalState(null)
    },
  }
}

/**
 * The first of `names`, going round from `start`, that nobody in `taken` has; all taken, the
 * one at `start` (names then repeat, but avatars and colours still tell people apart).
 */
export function pickGuestName(names: readonly string[], taken: readonly string[], start: number) {
  if (names.length === 0) return '?'
  for (let i = 0; i < names.length; i++) {
    const name = names[(start + i) % names.length]!
    if (!taken.includes(name)) return name
  }
  return names[start % names.length]!
}

function sameViewport(a: PresenceViewport | null, b: PresenceViewport | null): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return a.view === b.view && a.x === b.x && a.y === b.y && a.zoom === b.zoom
}
