import type { BoardSnapshot } from '../doc/snapshot'

/**
 * Names for what a comparison lists, from either side (a removed actor is named from
 * `before`, an added one from `after`): an actor's name, a relation's two ends.
 */
export function comparisonNames(before: BoardSnapshot, after: BoardSnapshot) {
  const actors = new Map([...before.actors, ...after.actors].map((a) => [a.id, a.name]))
  const relations = new Map([...before.relations, ...after.relations].map((r) => [r.id, r]))
  return {
    actor: (id: string): string | undefined => actors.get(id),
    /** The relation's source and target names (`?` for one not on either side), or `null`. */
    relationEnds: (id: string): { source: string; target: string } | null => {
      const r = relations.get(id)
      return r ? { source: actors.get(r.source) ?? '?', target: actors.get(r.target) ?? '?' } : null
    },
  }
}
