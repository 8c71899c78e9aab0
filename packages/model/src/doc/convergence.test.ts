/**
 * Property test: several replicas apply random operations and exchange their updates in random
 * order (out of order, interleaved with more edits), then must converge to the same board and
 * still satisfy the schema. Modelled on Yjs' own `applyRandomTests`.
 */
import fc from 'fast-check'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { ACTOR_STRATEGIES } from '../entities/Actor'
import { RELATION_TYPES } from '../entities/Relation'
import type { EntityKind } from '../field'
import { createActor, deleteActor, moveActor, updateActor } from '../ops/actorOps'
import { createEntity, deleteEntity, updateEntity } from '../ops/entityOps'
import { createRelation, deleteRelation, readRelations, updateRelation } from '../ops/relationOps'
import { orderBetween } from '../order'
import { initBoard } from './board'
import { readEntities } from './entityStore'
import { boardSnapshot } from './snapshot'
import { pruneDangling } from './pruneDangling'
import { validateBoard } from './validateBoard'

type Op =
  | { type: 'createActor'; name: string }
  | { type: 'renameActor'; pick: number; name: string }
  | { type: 'moveActor'; pick: number; importance: number; substitutability: number }
  | { type: 'strategy'; pick: number; strategy: number }
  | { type: 'deleteActor'; pick: number }
  | { type: 'createRelation'; from: number; to: number; relType: number }
  | { type: 'updateRelation'; pick: number; trust: number }
  | { type: 'deleteRelation'; pick: number }
  | { type: 'createJourney'; title: string }
  | { type: 'createPhase'; pick: number; title: string }
  | { type: 'createTouchpoint'; pick: number; title: string; owners: number[] }
  | { type: 'setOwners'; pick: number; owners: number[] }
  | { type: 'deletePhase'; pick: number }

type Step = { type: 'op'; replica: number; op: Op } | { type: 'deliver'; pick: number }

const unit = fc.double({ min: 0, max: 1, noNaN: true })
const idx = fc.nat(50)
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '')

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('createActor' as const), name }),
  fc.record({ type: fc.constant('createActor' as const), name }),
  fc.record({ type: fc.constant('createRelation' as const), from: idx, to: idx, relType: idx }),
  fc.record({
    type: fc.constant('createTouchpoint' as const),
    pick: idx,
    title: name,
    owners: fc.array(idx, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('renameActor' as const), pick: idx, name }),
  fc.record({
    type: fc.constant('moveActor' as const),
    pick: idx,
    importance: unit,
    substitutability: unit,
  }),
  fc.record({ type: fc.constant('strategy' as const), pick: idx, strategy: idx }),
  fc.record({ type: fc.constant('deleteActor' as const), pick: idx }),
  fc.record({ type: fc.constant('createRelation' as const), from: idx, to: idx, relType: idx }),
  fc.record({ type: fc.constant('updateRelation' as const), pick: idx, trust: unit }),
  fc.record({ type: fc.constant('deleteRelation' as const), pick: idx }),
  fc.record({ type: fc.constant('createJourney' as const), title: name }),
  fc.record({ type: fc.constant('createPhase' as const), pick: idx, title: name }),
  fc.record({
    type: fc.constant('createTouchpoint' as const),
    pick: idx,
    title: name,
    owners: fc.array(idx, { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('setOwners' as const),
    pick: idx,
    owners: fc.array(idx, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('deletePhase' as const), pick: idx }),
)

function ids(doc: Y.Doc, kind: EntityKind): string[] {
  return readEntities(doc, kind)
    .map((e) => e.id)
    .sort()
}
function pick(list: string[], n: number): string | undefined {
  return list.length === 0 ? undefined : list[n % list.length]
}

/** Applies one random operation through the public operations; refusals are fine. */
function apply(doc: Y.Doc, op: Op): void {
  const actors = ids(doc, 'actor')
  switch (op.type) {
    case 'createActor':
      createActor(doc, { name: op.name })
      return
    case 'renameActor': {
      const id = pick(actors, op.pick)
      if (id) updateActor(doc, id, { name: op.name })
      return
    }
    case 'moveActor': {
      const id = pick(actors, op.pick)
      if (id) moveActor(doc, id, op)
      return
    }
    case 'strategy': {
      const id = pick(actors, op.pick)
      if (id)
        updateActor(doc, id, { strategy: ACTOR_STRATEGIES[op.strategy % ACTOR_STRATEGIES.length]! })
      return
    }
    case 'deleteActor': {
      const id = pick(actors, op.pick)
      if (id) deleteActor(doc, id)
      return
    }
    case 'createRelation': {
      const source = pick(actors, op.from)
      const target = pick(actors, op.to)
      if (source && target)
        createRelation(doc, {
          source,
          target,
          type: RELATION_TYPES[op.relType % RELATION_TYPES.length]!,
        })
      return
    }
    case 'updateRelation': {
      const id = pick(ids(doc, 'relation'), op.pick)
      if (id) updateRelation(doc, id, { trust: op.trust })
      return
    }
    case 'deleteRelation': {
      const id = pick(ids(doc, 'relation'), op.pick)
      if (id) deleteRelation(doc, id)
      return
    }
    case 'createJourney':
      createEntity(doc, 'journey', { title: op.title })
      return
    case 'createPhase': {
      const journeyId = pick(ids(doc, 'journey'), op.pick)
      if (journeyId)
        createEntity(doc, 'phase', { journeyId, title: op.title, order: orderBetween(null, null) })
      return
    }
    case 'createTouchpoint': {
      const phase = readEntities(doc, 'phase').sort((a, b) => (a.id < b.id ? -1 : 1))[
        op.pick % Math.max(1, ids(doc, 'phase').length)
      ]
      if (phase)
        createEntity(doc, 'touchpoint', {
          journeyId: phase.journeyId,
          phaseId: phase.id,
          title: op.title,
          responsible: [
            ...new Set(op.owners.map((o) => pick(actors, o)).filter((x): x is string => !!x)),
          ],
        })
      return
    }
    case 'setOwners': {
      const id = pick(ids(doc, 'touchpoint'), op.pick)
      if (id)
        updateEntity(doc, 'touchpoint', id, {
          responsible: [
            ...new Set(op.owners.map((o) => pick(actors, o)).filter((x): x is string => !!x)),
          ],
        })
      return
    }
    case 'deletePhase': {
      const id = pick(ids(doc, 'phase'), op.pick)
      if (id) deleteEntity(doc, 'phase', id)
      return
    }
  }
}

/** Replicas whose local updates queue up for each other replica until delivered. */
function network(count: number) {
  const origin = new Y.Doc()
  initBoard(origin, { title: 'Konvergens', createdAt: '2026-01-01T00:00:00.000Z' })
  // A shared starting board, so that early operations already meet each other.
  const actors = ['NAV', 'HOD', 'Kommunen', 'Statped'].map((n) => createActor(origin, { name: n }))
  const journey = createEntity(origin, 'journey', { title: 'Alvorlig sykt barn' })
  if (journey.ok && actors[0]?.ok)
    for (const title of ['Kontakt', 'Sykehus'])
      createEntity(origin, 'phase', {
        journeyId: journey.value,
        title,
        order: orderBetween(null, null),
      })
  const start = Y.encodeStateAsUpdate(origin)
  const docs = Array.from({ length: count }, () => {
    const d = new Y.Doc()
    Y.applyUpdate(d, start)
    return d
  })
  const queue: { to: number; update: Uint8Array }[] = []
  docs.forEach((d, from) =>
    d.on('update', (update: Uint8Array, o: unknown) => {
      if (o === 'remote') return
      docs.forEach((_, to) => to !== from && queue.push({ to, update }))
    }),
  )
  const deliver = (n: number) => {
    const [msg] = queue.splice(n % queue.length, 1)
    if (msg) Y.applyUpdate(docs[msg.to]!, msg.update, 'remote')
  }
  return { docs, queue, deliver }
}

const stepArb = (replicas: number): fc.Arbitrary<Step> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('op' as const),
        replica: fc.nat(replicas - 1),
        op: opArb,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ type: fc.constant('deliver' as const), pick: fc.nat(1000) }),
    },
  )

describe('replicas converge under random concurrent operations', () => {
  it('ends with one identical, schema-valid board on every replica', () => {
    const stats = { runs: 0, actors: 0, touchpoints: 0, dangling: 0 }
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(stepArb(n), { minLength: 10, maxLength: 120 }),
              fc.nat(1000),
            ),
          ),
        ([count, steps, seed]) => {
          const net = network(count)
          stats.runs++
          for (const step of steps) {
            if (step.type === 'op') apply(net.docs[step.replica]!, step.op)
            else if (net.queue.length > 0) net.deliver(step.pick)
          }
          // Deliver what is left, still out of order.
          let s = seed
          while (net.queue.length > 0) net.deliver((s = (s * 7919 + 13) % 100_003))

          const [first, ...rest] = net.docs.map((d) => boardSnapshot(d))
          for (const other of rest) expect(other).toEqual(first)
          for (const doc of net.docs) {
            // Only relations left dangling by a concurrent actor delete may be reported,
            // and readers never show them.
            const problems = validateBoard(doc)
            expect(problems.filter((p) => p.error.code !== 'missing_reference')).toEqual([])
            stats.dangling += problems.length
            const actorIds = new Set(ids(doc, 'actor'))
            for (const r of readRelations(doc))
              expect(actorIds.has(r.source) && actorIds.has(r.target)).toBe(true)
          }
          // Every replica prunes at once; after delivery the board is fully valid everywhere.
          net.docs.forEach((d) => pruneDangling(d))
          while (net.queue.length > 0) net.deliver(0)
          for (const doc of net.docs) expect(validateBoard(doc)).toEqual([])
          stats.actors += ids(net.docs[0]!, 'actor').length
          stats.touchpoints += ids(net.docs[0]!, 'touchpoint').length
          expect(new Set(net.docs.map((d) => JSON.stringify(boardSnapshot(d)))).size).toBe(1)
        },
      ),
      { numRuns: 150 },
    )
    // Guard against a generator that stopped exercising the interesting cases.
    expect(stats.actors / stats.runs).toBeGreaterThan(1)
    expect(stats.touchpoints).toBeGreaterThan(0)
    expect(stats.dangling).toBeGreaterThan(0)
  })
})
