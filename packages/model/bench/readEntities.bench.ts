/**
 * `pnpm --filter @samkart/model bench`: what reading a 3,000-actor board's actors as plain
 * objects costs, in heap per actor and time per read of all, for docs/performance.md; not a
 * test. The baseline, in the same run, builds each object the way `entityFromYMap` did before
 * «Big boards» §9: `{ id }` and then one computed-key assignment per field, which V8 turns
 * into a dictionary-mode object past a dozen such additions. Run with `--expose-gc` (the
 * package script does).
 */
import * as Y from 'yjs'
import { createActor, entityFromYMap, entityRoot, readEntities } from '../src/index'

declare const process: { memoryUsage(): { heapUsed: number } }
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('Run with node --expose-gc (pnpm --filter @samkart/model bench).')

const ACTORS = 3000
const READS = 30

const doc = new Y.Doc()
for (let i = 0; i < ACTORS; i++)
  createActor(doc, {
    name: `Aktør ${String(i).padStart(4, '0')}`,
    importance: Math.random(),
    substitutability: Math.random(),
  })
const root = entityRoot(doc, 'actor')
const fields = Object.keys(entityFromYMap('actor', 'x', new Y.Map()))

/** The previous way: an object grown one computed key at a time. */
function keyByKey(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  root.forEach((ymap, id) => {
    const entity = entityFromYMap('actor', id, ymap as Y.Map<unknown>)
    const grown: Record<string, unknown> = { id }
    for (const field of fields) if (field !== 'id') grown[field] = (entity as never)[field]
    out.push(grown)
  })
  return out
}

/** The current way, plus the same extra copy the baseline makes, so only the shape differs. */
function current(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  root.forEach((ymap, id) => {
    const entity = entityFromYMap('actor', id, ymap as Y.Map<unknown>)
    out.push({ ...entity })
  })
  return out
}

function measure(read: () => unknown[]) {
  read()
  gc!()
  const before = process.memoryUsage().heapUsed
  const held = read()
  gc!()
  const bytes = (process.memoryUsage().heapUsed - before) / held.length
  const times: number[] = []
  for (let i = 0; i < READS; i++) {
    const start = performance.now()
    read()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { bytes, ms: times[Math.floor(READS / 2)]! }
}

// Interleaved twice, so neither way gets only the warm or only the cold half.
const rows: { label: string; bytes: number; ms: number }[] = []
for (let round = 0; round < 2; round++) {
  rows.push({ label: 'key by key (before)', ...measure(keyByKey) })
  rows.push({ label: 'entityFromYMap (now)', ...measure(current) })
}
console.log(`\nReading ${ACTORS} actors (Node, heap per object, median of ${READS} reads)\n`)
console.log('| way | heap per actor | read all |')
console.log('|---|---|---|')
for (const r of rows)
  console.log(`| ${r.label} | ${r.bytes.toFixed(0)} B | ${r.ms.toFixed(1)} ms |`)
const before = rows.filter((r) => r.label.startsWith('key'))
const now = rows.filter((r) => !r.label.startsWith('key'))
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
console.log(
  `\nnow ÷ before: heap ${(mean(now.map((r) => r.bytes)) / mean(before.map((r) => r.bytes))).toFixed(2)}×, time ${(mean(now.map((r) => r.ms)) / mean(before.map((r) => r.ms))).toFixed(2)}× (readEntities itself: ${readEntities(doc, 'actor').length} actors)`,
)
