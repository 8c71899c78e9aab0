import type * as Y from 'yjs'
import { createActor, createRelation } from '@samkart/model'

/** Actors and relations of the big board, the same as bench/run.ts (c) builds. */
export const BIG_BOARD = { actors: 3000, relations: 2000 } as const

/**
 * Adds the big board's 3,000 actors and 2,000 relations to `doc` (already initialised) with
 * model operations, in one transaction: one update, as a client sends a whole pasted or
 * imported board, rather than 5,000 messages a connection's rate limit would refuse.
 */
export function fillBigBoard(doc: Y.Doc): void {
  doc.transact(() => {
    const ids: string[] = []
    for (let i = 0; i < BIG_BOARD.actors; i++) {
      const created = createActor(doc, {
        name: `Aktør ${i}`,
        importance: (i % 97) / 97,
        substitutability: (i % 89) / 89,
        notes: i % 10 === 0 ? 'Notat om samarbeid og avhengigheter. '.repeat(4) : '',
      })
      if (!created.ok) throw new Error(created.error.message)
      ids.push(created.value)
    }
    for (let i = 0; i < BIG_BOARD.relations; i++) {
      const created = createRelation(doc, {
        source: ids[i]!,
        target: ids[(i * 7 + 1) % ids.length]!,
      })
      if (!created.ok) throw new Error(created.error.message)
    }
  })
}
