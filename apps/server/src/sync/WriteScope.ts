import type * as Y from 'yjs'

/**
 * One entry of a root map that an update changed: an entity (or a `meta`/`dangerSignals` key),
 * with whether the update created it, removed it, or changed some of its fields.
 */
export interface TouchedEntry {
  /** The root map's name (`actors`, `meta`, …). */
  root: string
  /** The entry's key in the root map (an entity id, a meta key). */
  key: string
  /** The key was absent before the update (a new entity). */
  added: boolean
  /** The key is absent after the update (a deleted entity). */
  removed: boolean
  /**
   * The fields changed inside the entry, or `null` when the entry was set as a whole (added,
   * replaced or removed).
   */
  fields: ReadonlySet<string> | null
}

/**
 * What a connection may change on the board, judged after an update was applied to the live
 * document and before it is stored or relayed: `null` if every touched entry is allowed, else
 * the reason it is not. A refused update is dropped and counted like a viewer's write (the
 * room reloads the board from storage, which never saw it); the connection stays open.
 *
 * Scopes exist for writes that depend on who writes and on the board's state (a viewer's own
 * comments, a locked view), where the role alone cannot say yes or no.
 */
export type WriteScope = (entries: readonly TouchedEntry[], doc: Y.Doc) => string | null

/** What a connection may write right now: nothing, anything valid, or what a scope allows. */
export type WriteAccess = { kind: 'none' } | { kind: 'all' } | { kind: 'scoped'; scope: WriteScope }

/** A scope that allows what every one of `scopes` allows; the first refusal is the reason. */
export function allScopes(scopes: readonly WriteScope[]): WriteScope {
  return (entries, doc) => {
    for (const scope of scopes) {
      const refusal = scope(entries, doc)
      if (refusal !== null) return refusal
    }
    return null
  }
}
