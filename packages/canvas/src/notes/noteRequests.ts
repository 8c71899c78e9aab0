/**
 * «Nytt notat» asked for from outside the canvas (the toolbar button, the N key): the view that
 * is showing places the note, since only it knows what is in view. A tiny emitter, one per map.
 */
export interface NoteRequests {
  /** Asks the showing view for a new note in free space in view. */
  requestNew(): void
  /** Lets the showing view take the requests; returns the unsubscribe function. */
  onNew(listener: () => void): () => void
}

/** Creates a {@link NoteRequests}. */
export function createNoteRequests(): NoteRequests {
  const listeners = new Set<() => void>()
  return {
    requestNew() {
      for (const listener of [...listeners]) listener()
    },
    onNew(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
