import { type ReadableStore, createStore } from '@samkart/collab'

/** Comment ids mentioning this person that they have seen, per board, in this browser. */
export interface SeenMentions extends ReadableStore<ReadonlySet<string>> {
  markSeen(ids: readonly string[]): void
}

const key = (boardId: string) => `samkart.comments.seenMentions.${boardId}`
/** Enough for any workshop; the oldest are forgotten first. */
const MAX_KEPT = 500

/**
 * Which mentions of this person they have seen (opened in the panel), so the rail's badge
 * counts only new ones. Kept in local storage; where storage is refused it lasts for the page.
 */
export function createSeenMentions(boardId: string): SeenMentions {
  let initial: string[] = []
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(boardId)) ?? '[]')
    if (Array.isArray(raw)) initial = raw.filter((id): id is string => typeof id === 'string')
  } catch {
    // Unreadable or refused: start afresh.
  }
  const store = createStore<ReadonlySet<string>>(new Set(initial))
  return {
    ...store,
    markSeen(ids) {
      const current = store.get()
      if (ids.every((id) => current.has(id))) return
      const next = [...current, ...ids.filter((id) => !current.has(id))].slice(-MAX_KEPT)
      store.set(new Set(next))
      try {
        localStorage.setItem(key(boardId), JSON.stringify(next))
      } catch {
        // Storage refused: remembered for this page only.
      }
    },
  }
}
