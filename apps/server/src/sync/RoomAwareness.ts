import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { PresenceUser } from '@samkart/model'
import type { Connection } from './Connection'
import { type AwarenessEntry, encodeAwareness, encodeAwarenessEntries } from './protocol'

/**
 * The most client ids one connection may set presence for. A stock client has one (its
 * document's); a few leave room for a client that replaced its document.
 */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4
/**
 * The longest presence state kept, in characters of JSON. The web app's state is a name, a
 * cursor, a viewport and the selected ids: selecting all 5,000 actors a board may hold is
 * about 95,000 characters.
 */
export const MAX_PRESENCE_STATE_CHARS = 128 * 1024
/** Origin of presence changes that came from another instance. */
const REMOTE_PRESENCE = 'samkart:remote-presence'
/** The most characters of presence state one room keeps in all. */
export const MAX_ROOM_PRESENCE_CHARS = 16 * 1024 * 1024

/**
 * Presence in one room (cursors, selections, names): relayed between clients, never stored.
 * Tracks which awareness client ids each connection set, so that they disappear for everyone
 * the moment it leaves instead of after the 30 s awareness timeout, and so that no connection
 * can overwrite or remove the presence of a client id another connection set.
 *
 * Memory is bounded: a connection sets at most {@link MAX_PRESENCE_IDS_PER_CONNECTION} ids,
 * a state is at most {@link MAX_PRESENCE_STATE_CHARS} long, and the room keeps at most
 * {@link MAX_ROOM_PRESENCE_CHARS}. Entries past these are ignored (not relayed), like those
 * for another connection's ids: the sender's presence simply does not change.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness
  private readonly controlled = new Map<Connection, Set<number>>()
  /** Which connection set each client id, the inverse of `controlled`. */
  private readonly owner = new Map<number, Connection>()
  /** Size of each kept state (see `AwarenessEntry.size`), and their sum. */
  private readonly sizes = new Map<number, number>()
  private totalSize = 0

  /**
   * @param peers every connection in the room, the receivers of each change
   * @param publish sends this instance's presence changes (an awareness update) to the other
   *   instances serving the board
   */
  constructor(
    boardId: string,
    private readonly peers: () => Iterable<Connection>,
    private readonly publish?: (update: Uint8Array) => void,
  ) {
    // A document of its own: Awareness keeps the one it is given, and the room replaces the
    // board's document after a refused update.
    this.awareness = new awarenessProtocol.Awareness(new Y.Doc({ guid: `${boardId}/awareness` }))
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.relay)
  }

  /** Starts tracking `conn`; before any of its messages is handled, so none goes untracked. */
  join(conn: Connection): void {
    this.controlled.set(conn, new Set())
  }

  /** Sends `conn` everyone's current presence (after the sync greeting). */
  greet(conn: Connection): void {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length === 0) return
    conn.send(encodeAwareness(this.awareness, clients))
    conn.allowEcho()
  }

  /**
   * Whether an awareness update from `conn` would change nothing: every entry is for a client
   * id another connection set, or no newer than what the room has. That is what a stock
   * client sends back for each presence message it receives (see `Connection.takeAwareness`).
   */
  isEcho(conn: Connection, entries: readonly AwarenessEntry[]): boolean {
    if (entries.length === 0) return false
    return entries.every((entry) => {
      const owner = this.owner.get(entry.clientId)
      if (owner !== undefined && owner !== conn) return true
      const known = this.awareness.meta.get(entry.clientId)?.clock
      if (known === undefined || entry.clock > known) return false
      // y-protocols applies a removal at the same clock while it still has the state.
      return !(
        entry.clock === known &&
        entry.state === null &&
        this.awareness.states.has(entry.clientId)
      )
    })
  }

  /**
   * Applies an awareness update that `decodeMessage` has fully parsed into `entries` (so it
   * cannot fail half-way). Entries for a client id that another connection set are ignored, and
   * so are states carrying `summon` ("bring everyone to my view") unless `maySummon`, and
   * states whose `user.participantId` is not the connection's own.
   * Returns how many entries were ignored.
   */
  apply(
    conn: Connection,
    update: Uint8Array,
    entries: readonly AwarenessEntry[],
    maySummon: boolean,
  ): number {
    const ids = this.controlled.get(conn)
    let newIds = 0
    let total = this.totalSize
    const kept = entries.filter((entry) => {
      const owner = this.owner.get(entry.clientId)
      if (owner !== undefined && owner !== conn) return false
      if (!maySummon && carriesSummon(entry.state)) return false
      if (claimsOtherParticipant(entry.state, conn.participantId)) return false
      if (entry.state === null) return true
      const known = ids?.has(entry.clientId) ?? false
      if (!known && (ids?.size ?? 0) + newIds >= MAX_PRESENCE_IDS_PER_CONNECTION) return false
      const next = total - (this.sizes.get(entry.clientId) ?? 0) + entry.size
      if (entry.size > MAX_PRESENCE_STATE_CHARS || next > MAX_ROOM_PRESENCE_CHARS) return false
      if (!known) newIds++
      total = next
      return true
    })
    if (kept.length > 0)
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        kept.length === entries.length ? update : encodeAwarenessEntries(kept),
        conn,
      )
    for (const entry of kept)
      this.noteSize(entry.clientId, this.awareness.states.has(entry.clientId) ? entry.size : 0)
    return entries.length - kept.length
  }

  /** Answers a query-awareness message with every known state. */
  answer(conn: Connection): void {
    conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
    conn.allowEcho()
  }

  /**
   * Applies presence that clients of another instance set. Those client ids belong to no
   * connection here, so no client here can change them, and they leave when that instance
   * says so or, if it died, after y-protocols' 30 s timeout.
   */
  applyRemote(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_PRESENCE)
    } catch {
      // A malformed update from another instance changes nothing here.
    }
  }

  /** The presence this instance's clients set, as one awareness update; `null` if none. */
  localStates(): Uint8Array | null {
    const ids = [...this.owner.keys()].filter((id) => this.awareness.states.has(id))
    return ids.length === 0 ? null : awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)
  }

  /** Removes the presence `conn` set, telling the others. */
  leave(conn: Connection): void {
    const ids = this.controlled.get(conn)
    this.controlled.delete(conn)
    for (const id of ids ?? []) if (this.owner.get(id) === conn) this.owner.delete(id)
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null)
  }

  /** Characters of presence state the room keeps now. */
  get keptSize(): number {
    return this.totalSize
  }

  /** Records the size of `clientId`'s kept state; 0 means none is kept. */
  private noteSize(clientId: number, size: number): void {
    this.totalSize += size - (this.sizes.get(clientId) ?? 0)
    if (size === 0) this.sizes.delete(clientId)
    else this.sizes.set(clientId, size)
  }

  /** Stops the awareness timer. */
  destroy(): void {
    this.awareness.doc.destroy() // destroys the awareness with it
  }

  private readonly relay = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    // Removed by their client, on leaving, or by the awareness timeout (origin 'timeout').
    for (const id of changes.removed) this.noteSize(id, 0)
    const conn = origin as Connection
    const ids = this.controlled.get(conn)
    if (ids) {
      // A client id that had presence before (a client reconnecting keeps its document's id)
      // is reported as updated, not added: y-protocols remembers its clock. It is the
      // sender's all the same, or it would outlive the connection and escape its limits.
      for (const id of [...changes.added, ...changes.updated]) {
        if (this.owner.has(id)) continue
        ids.add(id)
        this.owner.set(id, conn)
      }
      for (const id of changes.removed) {
        ids.delete(id)
        this.owner.delete(id)
      }
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    // Changes made here (by a client, or a client leaving) go to the other instances; their
    // own changes and each instance's timeouts do not travel back.
    if (this.publish && origin !== REMOTE_PRESENCE && origin !== 'timeout')
      this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    const message = encodeAwareness(this.awareness, changed)
    for (const peer of this.peers()) {
      peer.send(message)
      peer.allowEcho()
    }
  }
}

/**
 * Whether an awareness state asks everyone to follow its sender (see the access contract).
 * `summon: null` is no request (a client clearing its summon).
 */
/**
 * Whether a presence state names a participant id (`user.participantId`, used to mention
 * someone in a comment) other than its connection's: mentions would reach the wrong person.
 */
function claimsOtherParticipant(state: unknown, participantId: string): boolean {
  if (typeof state !== 'object' || state === null) return false
  const user = (state as Record<string, unknown>).user
  if (typeof user !== 'object' || user === null) return false
  const claimed: unknown = (user as Partial<Record<keyof PresenceUser, unknown>>).participantId
  return claimed !== undefined && claimed !== participantId
}

function carriesSummon(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false
  const summon = (state as Record<string, unknown>).summon
  return summon !== undefined && summon !== null
}
