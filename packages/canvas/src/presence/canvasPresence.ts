/**
 * What the canvas needs from presence, undo and the rest of working together. The app builds
 * these from @samkart/collab (which the canvas may not import); the shapes match its
 * `Presence` and `UndoHistory` structurally, so the app passes them as they are.
 */

import type {
  LocalPresence,
  PresenceCursor,
  PresencePeer,
  PresenceTarget,
  PresenceViewport,
} from '@samkart/model'

/** A value that can be read and watched (`useSyncExternalStore`'s shape). */
export interface Subscribable<T> {
  get(): T
  subscribe(listener: () => void): () => void
}

// Presence types are the client–server contract, in @samkart/model with the collab package's.
export type { LocalPresence, PresenceCursor, PresencePeer, PresenceTarget, PresenceViewport }

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
  /** The cards this tab is dragging; `[]` at the drop. */
  setDragging(ids: readonly string[]): void
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
