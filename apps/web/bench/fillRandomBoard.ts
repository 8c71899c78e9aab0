import { RELATION_TYPES, createActor, createRelation } from '@samkart/model'
import type * as Y from 'yjs'

/**
 * Fills a benchmark board with `actors` actors at pseudo-random scores and `relations` random
 * relations between them. Deterministic (a fixed seed), so every run measures the same board.
 */
export function fillRandomBoard(doc: Y.Doc, actors: number, relations: number): void {
  let seed = 42
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const ids: string[] = []
  for (let i = 0; i < actors; i++) {
    const result = createActor(doc, {
      name: `Aktør ${String(i + 1).padStart(4, '0')}`,
      importance: random(),
      substitutability: random(),
      interest: random(),
      influence: random(),
    })
    if (result.ok) ids.push(result.value)
  }
  let made = 0
  while (made < relations) {
    const source = ids[Math.floor(random() * ids.length)]!
    const target = ids[Math.floor(random() * ids.length)]!
    if (source === target) continue
    const type = RELATION_TYPES[made % RELATION_TYPES.length]!
    if (createRelation(doc, { source, target, type, strength: random() }).ok) made++
  }
}
