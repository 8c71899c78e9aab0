import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  BOARD_TEMPLATES,
  applyTemplate,
  createActor,
  createJourney,
  entityRoot,
  initBoard,
  metaRoot,
  moveActor,
  readActors,
  updateDangerSignal,
  updateEntity,
} from '@samkart/model'
import { UpdateGuard } from './UpdateGuard'
import type { TouchedEntry } from './WriteScope'

/** A small board: two actors and a journey with a tag, as the server holds it. */
const base = new Y.Doc()
initBoard(base, { title: 'Tavle', createdAt: '2026-01-01T00:00:00.000Z' })
createActor(base, { id: 'actor00000000001', name: 'NAV' })
createActor(base, { id: 'actor00000000002', name: 'Kommunen' })
createJourney(base, { id: 'journey000000001', title: 'Reise', tags: ['barn'] })

/** The server's board: a copy of {@link base}, so every client update fits it. */
const board = () => replica(base)

/** A copy of `doc` (what a client has after syncing). */
function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** The update a client sends after making `edit` on its copy of `doc`. */
function updateFrom(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
  const copy = replica(doc)
  const before = Y.encodeStateVector(copy)
  edit(copy)
  return Y.encodeStateAsUpdate(copy, before)
}

/** Judges `update` against a fresh copy of the board (a refused copy must be thrown away). */
function judge(update: Uint8Array, maxEntities?: number) {
  const doc = board()
  const guard = new UpdateGuard(doc, maxEntities)
  return { verdict: guard.apply(doc, update, 'client'), doc }
}

const actor = (doc: Y.Doc, n = 1) => entityRoot(doc, 'actor').get(`actor0000000000${n}`)!
const tags = (doc: Y.Doc) =>
  entityRoot(doc, 'journey').get('journey000000001')!.get('tags') as Y.Map<unknown>

/**
 * What only a hostile client sends: list content (as `Y.Array.insert` writes) into a `Y.Map`,
 * which no Yjs API allows, made here from Yjs's own exported building blocks.
 */
function insertListContent(map: Y.Map<unknown>): void {
  const doc = map.doc!
  doc.transact((tr) => {
    const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID))
    const content = new Y.ContentAny(['x'.repeat(1000)])
    new Y.Item(id, null, null, null, null, map, null, content).integrate(tr, 0)
  })
}

describe('UpdateGuard: the stored document is exactly the schema', () => {
  const outside: [string, (doc: Y.Doc) => void, RegExp][] = [
    ['a new root map', (d) => d.getMap('junk').set('x', 'x'.repeat(1000)), /root "junk"/],
    ['a root with control characters', (d) => d.getMap('acto\u0015s').set('a', 1), /root "acto/],
    ['a new root array', (d) => d.getArray('scribbles').push(['hei']), /root "scribbles"/],
    ['a new root text', (d) => d.getText('text').insert(0, 'hei'), /root "text"/],
    ['list content in the actors map', (d) => d.getArray('actors').push([1]), /list content/],
    ['an unknown meta key', (d) => metaRoot(d).set('junk', 'x'), /meta.junk is not part/],
    ['a map as the template', (d) => metaRoot(d).set('template', new Y.Map()), /plain value/],
    ['a meta value of the wrong type', (d) => metaRoot(d).set('template', 7), /must be text/],
    [
      'an unknown danger-signal key',
      (d) => d.getMap('dangerSignals').set('bad-vibes/present', true),
      /is not part/,
    ],
    [
      'a danger signal of the wrong type',
      (d) => d.getMap('dangerSignals').set('lack-of-trust/present', 'yes'),
      /true or false/,
    ],
    [
      'an entity that is not a map',
      (d) => entityRoot(d, 'actor').set('x1' as never, 'hei' as never),
      /is not a map/,
    ],
    ['an unknown field', (d) => actor(d).set('junk', 'x'.repeat(1000)), /junk is not part/],
    ['a text type as a field', (d) => actor(d).set('notes', new Y.Text('hei')), /not a YText/],
    ['a map as a plain field', (d) => actor(d).set('name', new Y.Map()), /not a YMap/],
    ['an array as a plain field', (d) => actor(d).set('name', ['NAV']), /not a list/],
    [
      'a plain list as a set',
      (d) => entityRoot(d, 'journey').get('journey000000001')!.set('tags', ['a']),
      /set must be a map/,
    ],
    ['a set member that is not true', (d) => tags(d).set('ny', 'ja'), /member must be true/],
    ['a map in a set', (d) => tags(d).set('ny', new Y.Map()), /member must be true/],
    ['list content in an entity', (d) => insertListContent(actor(d)), /list content/],
    [
      'a new entity with an unknown field',
      (d) => {
        const entity = new Y.Map<unknown>()
        entity.set('id', 'actor00000000009')
        entity.set('name', 'Ny')
        entity.set('payload', 'x'.repeat(10_000))
        entityRoot(d, 'actor').set('actor00000000009', entity as never)
      },
      /payload is not part/,
    ],
    [
      'a new entity with a nested map where a set belongs',
      (d) => {
        const entity = new Y.Map<unknown>()
        const inner = new Y.Map<unknown>()
        inner.set('deep', new Y.Map())
        entity.set('title', 'Ny reise')
        entity.set('tags', inner)
        entityRoot(d, 'journey').set('journey000000009', entity as never)
      },
      /member must be true/,
    ],
  ]

  it.each(outside)('refuses %s', (_name, edit, reason) => {
    const { verdict } = judge(updateFrom(board(), edit))
    expect(verdict).toMatchObject({
      ok: false,
      code: 'invalid',
      reason: expect.stringMatching(reason),
    })
  })

  it('accepts what the model writes, and deleting a stray key', () => {
    const edits: ((doc: Y.Doc) => void)[] = [
      (d) => moveActor(d, 'actor00000000001', { importance: 0.9, substitutability: 0.1 }),
      (d) => createActor(d, { name: 'Helsestasjonen' }),
      (d) => updateEntity(d, 'journey', 'journey000000001', { tags: ['barn', 'familie'] }),
      (d) => updateDangerSignal(d, 'lack-of-trust', { present: true, note: 'Lite tillit' }),
      (d) => metaRoot(d).set('title', 'Nytt navn'),
    ]
    for (const edit of edits) expect(judge(updateFrom(board(), edit)).verdict.ok).toBe(true)
  })
})

describe('UpdateGuard on a board loaded from storage', () => {
  it('judges every update, also after the model first reads a root the snapshot brought', () => {
    // Loading applies the stored state to an empty document: its roots start as plain types,
    // and Yjs replaces each one the first time it is read as a map (the guard's own baseline
    // does that). The guard must still know them, or it would not check them at all.
    // A board holding every kind of entity, so loading it brings every root the guard reads.
    const full = new Y.Doc()
    initBoard(full, { title: 'Mal', createdAt: '2026-01-01T00:00:00.000Z' })
    applyTemplate(full, BOARD_TEMPLATES['alvorlig-sykt-barn']!)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(full))
    const guard = new UpdateGuard(doc)
    const first = readActors(doc)[0]!.id
    const move = (importance: number) =>
      updateFrom(doc, (d) => moveActor(d, first, { importance, substitutability: 0 }))
    expect(guard.apply(doc, move(0.9), 'client')).toMatchObject({ ok: true })
    expect(guard.apply(doc, move(0.8), 'client')).toMatchObject({ ok: true })
    const tooLong = updateFrom(doc, (d) =>
      entityRoot(d, 'actor').get(first)!.set('name', 'x'.repeat(500)),
    )
    expect(guard.apply(doc, tooLong, 'client')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/actor\.name/),
    })
  })
})

describe('UpdateGuard: missing dependencies', () => {
  it('drops the part whose structs the board lacks, keeps the rest, and says so', () => {
    const server = board()
    const client = replica(server)
    createActor(client, { name: 'Aldri sendt' }) // the client's offline edit, never received
    const before = Y.encodeStateVector(client)
    moveActor(client, readActors(client).find((a) => a.name === 'Aldri sendt')!.id, {
      importance: 1,
      substitutability: 0,
    })
    const dependent = Y.encodeStateAsUpdate(client, before)

    const guard = new UpdateGuard(server)
    const verdict = guard.apply(server, dependent, 'client')
    expect(verdict).toMatchObject({ ok: true, missingDependencies: true })
    expect(server.store.pendingStructs).toBeNull()
    expect(server.store.pendingDs).toBeNull()
    // A fresh client gets nothing of it.
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server))
    expect(
      readActors(fresh)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Kommunen', 'NAV'])
    expect(fresh.store.pendingStructs).toBeNull()
  })

  it('drops a deletion of items the board never had', () => {
    const server = board()
    const client = replica(server)
    const id = createActor(client, { name: 'Kortlivet' })
    const before = Y.encodeStateVector(client)
    entityRoot(client, 'actor').delete((id as { value: string }).value)
    const deletion = Y.encodeStateAsUpdate(client, before)

    const verdict = new UpdateGuard(server).apply(server, deletion, 'client')
    expect(verdict).toMatchObject({ ok: true, missingDependencies: true })
    expect(server.store.pendingDs).toBeNull()
  })

  it('says nothing is missing for an update the board can take whole', () => {
    const update = updateFrom(board(), (d) => createActor(d, { name: 'Ny' }))
    expect(judge(update).verdict).toMatchObject({ ok: true, missingDependencies: false })
  })
})

describe('UpdateGuard: entities per board', () => {
  it('refuses an update that adds past the limit, but not edits or deletes over it', () => {
    const add = updateFrom(board(), (d) => createActor(d, { name: 'Tredje' }))
    expect(judge(add, 2).verdict).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^too_many_entities: more than 2 actors/),
    })
    expect(judge(add, 3).verdict.ok).toBe(true)
    const move = updateFrom(board(), (d) =>
      moveActor(d, 'actor00000000001', { importance: 0, substitutability: 1 }),
    )
    expect(judge(move, 1).verdict.ok).toBe(true)
    const remove = updateFrom(board(), (d) => entityRoot(d, 'actor').delete('actor00000000001'))
    expect(judge(remove, 1).verdict.ok).toBe(true)
  })
})

describe('UpdateGuard with a write scope', () => {
  /** Applies `update` with a scope that records what it was shown and allows it. */
  function seen(update: Uint8Array) {
    const doc = board()
    const shown: TouchedEntry[] = []
    const verdict = new UpdateGuard(doc).apply(doc, update, 'client', (entries) => {
      shown.push(...entries)
      return null
    })
    return { verdict, shown }
  }

  it('tells the scope which entities were added, changed and removed', () => {
    const { verdict, shown } = seen(
      updateFrom(base, (copy) => {
        createActor(copy, { id: 'actor00000000003', name: 'Ny' })
        moveActor(copy, 'actor00000000001', { importance: 90, substitutability: 10 })
        entityRoot(copy, 'actor').delete('actor00000000002')
      }),
    )
    expect(verdict.ok).toBe(true)
    const byKey = new Map(shown.map((e) => [e.key, e]))
    expect(byKey.get('actor00000000003')).toMatchObject({
      root: 'actors',
      added: true,
      removed: false,
      fields: null,
    })
    expect(byKey.get('actor00000000002')).toMatchObject({ added: false, removed: true })
    const moved = byKey.get('actor00000000001')
    expect(moved).toMatchObject({ added: false, removed: false })
    expect([...(moved?.fields ?? [])].sort()).toEqual(['importance', 'substitutability'])
  })

  it('tells a replaced entity (a new map under an existing id) from an added one', () => {
    const { shown } = seen(
      updateFrom(base, (copy) => {
        const hijacked = new Y.Map<unknown>()
        hijacked.set('id', 'actor00000000001')
        entityRoot(copy, 'actor').set('actor00000000001', hijacked)
      }),
    )
    expect(shown).toEqual([
      { root: 'actors', key: 'actor00000000001', added: false, removed: false, fields: null },
    ])
  })

  it('refuses as forbidden what the scope refuses, whatever else the update does', () => {
    const doc = board()
    const onlyTitle = (entries: readonly TouchedEntry[]) =>
      entries.every((e) => e.root === 'meta') ? null : 'only the title'
    const verdict = new UpdateGuard(doc).apply(
      doc,
      updateFrom(base, (copy) => createActor(copy, { name: 'Ikke lov' })),
      'client',
      onlyTitle,
    )
    expect(verdict).toEqual({ ok: false, code: 'forbidden', reason: 'only the title' })
  })
})
