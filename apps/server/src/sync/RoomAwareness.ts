import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { Connection } from './Connection'
import { type AwarenessEntry, encodeAwareness, encodeAwarenessEntries } from './protocol'

/**
 * Presence in one room (cursors, selections, names): relayed between clients, never stored.
 * Tracks which awareness client ids each connection set, so that they disappear for everyone
 * the moment it leaves instead of after the 30 s awareness timeout, and so that no connection
 * can overwrite or remove the presence of a client id another connection set.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness
  private readonly controlled = new Map<Connection, Set<number>>()
  /** Which connection set each client id, the inverse of `controlled`. */
  private readonly owner = new Map<number, Connection>()

  /** @param peers every connection in the room, the receivers of each change */
  constructor(
    boardId: string,
    private readonly peers: () => Iterable<Connection>,
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
   * so are states carrying `summon` ("bring everyone to my view") unless `maySummon`.
   * Returns how many entries were ignored.
   */
  apply(
    conn: Connection,
    update: Uint8Array,
    entries: readonly AwarenessEntry[],
    maySummon: boolean,
  ): number {
    const kept = entries.filter((entry) => {
      const owner = this.owner.get(entry.clientId)
      if (owner !== undefined && owner !== conn) return false
      return maySummon || !carriesSummon(entry.state)
    })
    if (kept.length > 0)
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        kept.length === entries.length ? update : encodeAwarenessEntries(kept),
        conn,
      )
    return entries.length - kept.length
  }

  /** Answers a query-awareness message with every known state. */
  answer(conn: Connection): void {
    conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
    conn.allowEcho()
  }

  /** Removes the presence `conn` set, telling the others. */
  leave(conn: Connection): void {
    const ids = this.controlled.get(conn)
    this.controlled.delete(conn)
    for (const id of ids ?? []) if (this.owner.get(id) === conn) this.owner.delete(id)
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null)
  }

  /** Stops the awareness timer. */
  destroy(): void {
    this.awareness.doc.destroy() // destroys the awareness with it
  }

  private readonly relay = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const conn = origin as Connection
    const ids = this.controlled.get(conn)
    if (ids) {
      for (const id of changes.added) {
        ids.add(id)
        this.owner.set(id, conn)
      }
      for (const id of changes.removed) {
        ids.delete(id)
        this.owner.delete(id)
      }
    }
    const message = encodeAwareness(this.awareness, [
      ...changes.added,
      ...changes.updated,
      ...changes.removed,
    ])
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
function carriesSummon(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false
  const summon = (state as Record<string, unknown>).summon
  return summon !== undefined && summon !== null
}
