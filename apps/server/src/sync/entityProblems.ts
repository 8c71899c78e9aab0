import * as Y from 'yjs'
import { type BoardProblem, type EntityKind, entityRoot, validateBoard } from '@samkart/model'

/** Stable identity of a problem, for "was it there before?" comparisons. */
export const problemKey = (p: BoardProblem): string =>
  [p.kind, p.id, p.error.field ?? '', p.error.code].join('\u0000')

/**
 * The schema problems of some entities of `doc`, found by the model's own `validateBoard` run
 * on a scratch document holding copies of just those entities. Validating the whole board on
 * every update would cost 55 ms at 5,000 entities (measured); copying a few entities costs
 * microseconds, and there is no second copy of the rules here to drift from the model's.
 *
 * Missing references are left out: the scratch document lacks the other entities, and on the
 * real board a dangling reference is a legitimate outcome of a concurrent delete anyway.
 * Content that cannot even be copied (e.g. a sub-document where a field should be) throws.
 */
export function entityProblems(
  doc: Y.Doc,
  entities: ReadonlyMap<EntityKind, ReadonlySet<string>>,
): Map<string, BoardProblem> {
  const scratch = new Y.Doc()
  try {
    scratch.transact(() => {
      for (const [kind, ids] of entities) {
        const from = entityRoot(doc, kind)
        const to = entityRoot(scratch, kind)
        for (const id of ids) {
          const value: unknown = from.get(id)
          if (value === undefined) continue
          to.set(id, (value instanceof Y.AbstractType ? value.clone() : value) as Y.Map<unknown>)
        }
      }
    })
    const problems = new Map<string, BoardProblem>()
    for (const problem of validateBoard(scratch))
      if (problem.error.code !== 'missing_reference') problems.set(problemKey(problem), problem)
    return problems
  } finally {
    scratch.destroy()
  }
}
