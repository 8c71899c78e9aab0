/**
 * What the canvas needs from presence, undo and the rest of working together. The app builds
 * these from @samkart/collab (which the canvas may not import); the shapes match its
 * `Presence` and `UndoHistory` structurally, so the app passes them as they are.
 */

/** A value that can be read and watched (`useSyncExternalStore`'s shape). */
export interface Subscribable<T> {
  get(): T
  subscribe(listener: () => void): () => void
}

/** A pointer position in a view's own coordinates. */
export interface PresenceCursor {
  view: string
  x: number
  y: number
}

/** The centre of someone's visible area, in the view's coordinates, and their zoom. */
export interface PresenceViewport {
  view: string
  x: number
  y: number
  zoom: number
}

/** Another participant. */
export interface PresencePeer {
  clientId: number
  name: string
  color: string
  cursor: PresenceCursor | null
  selection: readonly string[]
  viewport: PresenceViewport | null
}

/** This tab's participant; `chosen` is false while the name is the guest name. */
export interface LocalPresence {
  clientId: number
  name: string
  color: string
  chosen: boolean
}

/**
 * Where this tab's view should go: following someone, summoned by a facilitator, or shown a
 * walkthrough step.
 */
export interface PresenceTarget {
  kind: 'follow' | 'summon' | 'show'
  clientId: number
  name: string
  viewport: PresenceViewport | null
}

/** Presence on the board. */
export interface CanvasPresence {
  self: Subscribable<LocalPresence>
  peers: Subscribable<readonly PresencePeer[]>
  target: Subscribable<PresenceTarget | null>
  /** Whether to ask this person for a name now (once per browser). */
  shouldAskName(): boolean
  /** Records that they were asked. */
  nameAsked(): void
  setName(name: string): 'required' | 'too_long' | null
  setCursor(cursor: PresenceCursor | null): void
  setSelection(ids: readonly string[]): void
  setViewport(viewport: PresenceViewport | null): void
  follow(clientId: number): void
  stopFollowing(): void
  /** Brings everyone to this tab's view; `false` if there is no view to bring them to. */
  summon(): boolean
  /** What this tab shows now. */
  viewport(): PresenceViewport | null
  /** Moves this tab to `viewport` (a walkthrough step called `name`). */
  show(name: string, viewport: PresenceViewport): void
}

/** Groups edits into one undo step (a whole drag). */
export interface EditGrouping {
  beginGroup(): void
  endGroup(): void
}

/** Everything optional: without it the canvas works alone, as in tests and before sync. */
export interface CanvasCollab {
  /** The transaction origin the app's undo history tracks; every edit is made with it. */
  origin?: unknown
  undo?: EditGrouping
  presence?: CanvasPresence
  /** This browser's participant id (`protocol/Participant`): who wrote a note. */
  participantId?: string
}
