import type * as Y from 'yjs'
import { TIMER_ROOT } from '../timer/timerRoot'
import { VOTES_ROOT, readVotes } from './votesRoot'

/**
 * Readies a copy of a board (a duplicate) for a life of its own: votes not yet revealed are
 * removed, since their dots stay with the original on its server and the copy could never count
 * them, and the timer is cleared. Revealed results are plain content and stay.
 */
export function forgetLiveWorkshop(doc: Y.Doc): void {
  doc.transact(() => {
    const votes = doc.getMap<unknown>(VOTES_ROOT)
    const live = new Set(
      readVotes(doc)
        .filter((v) => v.status !== 'revealed')
        .map((v) => v.id),
    )
    for (const key of [...votes.keys()]) {
      const id = key.split('/')[0]!
      // Also any keys of a vote without a title, which readers ignore anyway.
      if (live.has(id) || !votes.has(`${id}/title`)) votes.delete(key)
    }
    const timer = doc.getMap<unknown>(TIMER_ROOT)
    for (const key of [...timer.keys()]) timer.delete(key)
  })
}
