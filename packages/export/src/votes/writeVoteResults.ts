import { createId, updateVote, writeVote } from '@samkart/model'
import type * as Y from 'yjs'
import type { VoteResult } from './VoteResult'

/**
 * Writes imported revealed votes into a new board (on the server, which alone writes `votes`):
 * each as a revealed vote with a new id. `newId` maps an id of the file to the new board's
 * (`null` for one the import did not bring, e.g. a deleted item, or a note where notes are not
 * imported): such items are left out, the others keep their totals.
 */
export function writeVoteResults(
  doc: Y.Doc,
  votes: readonly VoteResult[],
  newId: (kind: 'actor' | 'touchpoint' | 'note' | 'journey', id: string) => string | null,
): void {
  for (const vote of votes) {
    const items = vote.results.flatMap((r) => {
      const id = newId(r.kind, r.id)
      return id ? [{ kind: r.kind, id, total: r.total }] : []
    })
    if (items.length === 0) continue
    const id = createId()
    writeVote(
      doc,
      {
        id,
        title: vote.title,
        itemSet: vote.itemSet,
        journeyId: (vote.journeyId && newId('journey', vote.journeyId)) || '',
        status: 'revealed',
        dotsPerPerson: vote.dotsPerPerson,
        createdAt: Date.parse(vote.createdAt),
        endsAt: 0,
        voters: vote.voters,
        items: items.map(({ kind, id: itemId }) => ({ kind, id: itemId })),
      },
      null,
    )
    updateVote(doc, id, { totals: Object.fromEntries(items.map((i) => [i.id, i.total])) }, null)
  }
}
