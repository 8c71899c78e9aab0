import type * as Y from 'yjs'
import { type BoardProblem, type EntityKind, entitySpecs, validateBoard } from '@samkart/model'

/** Stable identity of a problem, for "was it there before?" comparisons. */
export const problemKey = (p: BoardProblem): string =>
  [p.kind, p.id, p.error.field ?? '', p.error.code].join('\u0000')

/**
 * The schema problems of some entities of `doc`, found by the model's own `validateBoard`
 * run on a view of `doc` in which each entity root lists only those entities. Validating the
 * whole board on every update would cost 55 ms at 5,000 entities (measured); through the view
 * it costs what those entities cost, and there is no second copy of the rules to drift from
 * the model's.
 *
 * The view only narrows iteration (`forEach`) of the entity roots; everything else reaches the
 * real document. Should the model one day iterate differently, the view shows everything: slower,
 * never wrong, since the caller compares against each entity's known problems.
 *
 * Missing references are left out: on a live board a dangling reference is a legitimate outcome
 * of a concurrent delete.
 */
export function entityProblems(
  doc: Y.Doc,
  entities: ReadonlyMap<EntityKind, ReadonlySet<string>>,
): Map<string, BoardProblem> {
  const only = new Map<string, ReadonlySet<string>>()
  for (const [kind, ids] of entities) only.set(entitySpecs[kind].root, ids)
  const empty: ReadonlySet<string> = new Set()
  const view = new Proxy(doc, {
    get(target, prop) {
      if (prop === 'getMap')
        return (name: string) => narrowed(target.getMap(name), only.get(name) ?? empty)
      return passThrough(target, prop)
    },
  })
  const problems = new Map<string, BoardProblem>()
  for (const problem of validateBoard(view))
    if (problem.error.code !== 'missing_reference') problems.set(problemKey(problem), problem)
  return problems
}

/** `root` whose `forEach` visits only `ids`. */
function narrowed(root: Y.Map<unknown>, ids: ReadonlySet<string>): Y.Map<unknown> {
  return new Proxy(root, {
    get(target, prop) {
      if (prop === 'forEach')
        return (visit: (value: unknown, key: string, map: Y.Map<unknown>) => void) => {
          for (const id of ids) {
            const value = target.get(id)
            if (value !== undefined) visit(value, id, target)
          }
        }
      return passThrough(target, prop)
    },
  })
}

/** A property of the real object, with methods bound to it (Yjs types use private fields). */
function passThrough(target: object, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target)
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).bind(target)
    : value
}
