import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  STORE_KINDS,
  type StoreKind,
  type StoreLocation,
  freshDatabaseUrl,
  openTestStorage,
  openTestVoteStore,
  useServicesFor,
} from '../testing/stores'
import type { StoredVote, VoteStore } from './VoteStore'

const vote = (voteId: string, extra: Partial<StoredVote> = {}): StoredVote => ({
  boardId: 'b1',
  voteId,
  dotsPerPerson: 3,
  status: 'open',
  endsAt: null,
  items: ['x', 'y', 'z'],
  ...extra,
})

/** A fresh store of `kind` with boards `b1` and `b2`; everything closed after the test. */
function voteStores(kind: StoreKind) {
  const closers: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close()
  })
  return async (): Promise<VoteStore> => {
    let location: StoreLocation
    if (kind === 'sqlite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'samkart-votes-'))
      closers.push(() => rmSync(dataDir, { recursive: true, force: true }))
      location = { kind, dataDir }
    } else location = { kind, url: await freshDatabaseUrl() }
    const storage = await openTestStorage(location)
    closers.push(() => storage.close())
    const empty = Y.encodeStateAsUpdate(new Y.Doc())
    for (const id of ['b1', 'b2'])
      await storage.createBoard({ id, title: id, createdAt: '2026-12-05T12:00:00.000Z' }, empty)
    const votes = await openTestVoteStore(location)
    closers.push(() => votes.close())
    return votes
  }
}

/** The `VoteStore` contract the voting rules rely on, for every store. */
describe.each(STORE_KINDS)('VoteStore (%s)', (kind) => {
  useServicesFor(kind)
  const open = voteStores(kind)

  it('keeps one open vote per board, whoever writes it', async () => {
    const store = await open()
    expect(await store.createVote(vote('v1', { endsAt: 2_000_000_000_000 }))).toBe(true)
    // A second open vote on the board is refused by the store itself (another instance's start).
    expect(await store.createVote(vote('v2'))).toBe(false)
    expect(await store.getVote('b1', 'v2')).toBeUndefined()
    expect(await store.createVote(vote('v3', { boardId: 'b2' }))).toBe(true)
    expect(await store.openVote('b1')).toEqual(vote('v1', { endsAt: 2_000_000_000_000 }))
    expect(await store.deadlines()).toEqual([
      { boardId: 'b1', voteId: 'v1', endsAt: 2_000_000_000_000 },
    ])
    await store.setStatus('b1', 'v1', 'closed')
    expect(await store.openVote('b1')).toBeUndefined()
    expect(await store.createVote(vote('v2'))).toBe(true)
  })

  it('replaces dots while open, refuses them once closed, and tallies', async () => {
    const store = await open()
    await store.createVote(vote('v1'))
    expect(await store.setDots('b1', 'v1', 'pa', { x: 2, y: 1 })).toBe(true)
    expect(await store.setDots('b1', 'v1', 'pa', { y: 3 })).toBe(true)
    expect(await store.setDots('b1', 'v1', 'pb', { y: 1, z: 1 })).toBe(true)
    expect(await store.dotsOf('b1', 'v1', 'pa')).toEqual({ y: 3 })
    expect(await store.tally('b1', 'v1')).toEqual({ totals: { y: 4, z: 1 }, voters: 2 })
    await store.setStatus('b1', 'v1', 'closed')
    expect(await store.setDots('b1', 'v1', 'pb', { x: 3 })).toBe(false)
    expect(await store.dotsOf('b1', 'v1', 'pb')).toEqual({ y: 1, z: 1 })
    expect(await store.setDots('b1', 'nope', 'pb', { x: 1 })).toBe(false)
    expect(await store.tally('b1', 'nope')).toEqual({ totals: {}, voters: 0 })
  })

  it('binds the first voter key per participant and board', async () => {
    const store = await open()
    expect(await store.claimVoter('b1', 'pa', 'hash-1')).toBe(true)
    expect(await store.claimVoter('b1', 'pa', 'hash-2')).toBe(false)
    expect(await store.claimVoter('b1', 'pa', 'hash-1')).toBe(true)
    expect(await store.claimVoter('b2', 'pa', 'hash-2')).toBe(true)
  })

  it('copies a board into another store, keeping what is there (samkart migrate)', async () => {
    const source = await open()
    await source.createVote(vote('old'))
    await source.setDots('b1', 'old', 'pa', { x: 1 })
    await source.setStatus('b1', 'old', 'revealed')
    await source.createVote(vote('v1', { endsAt: 1_900_000_000_000 }))
    await source.setDots('b1', 'v1', 'pa', { y: 2 })
    await source.claimVoter('b1', 'pa', 'hash-1')
    const exported = await source.exportBoard('b1')
    const target = await open()
    await target.importBoard('b1', exported)
    expect(await target.exportBoard('b1')).toEqual(exported)
    expect(await target.tally('b1', 'old')).toEqual({ totals: { x: 1 }, voters: 1 })
    expect(await target.claimVoter('b1', 'pa', 'hash-2')).toBe(false)
    // Into a board with an open vote of its own: that one stays, the other open one and its
    // dots are left out, the closed ones come along.
    const busy = await open()
    await busy.createVote(vote('mine'))
    await busy.importBoard('b1', exported)
    expect((await busy.openVote('b1'))?.voteId).toBe('mine')
    expect(await busy.getVote('b1', 'v1')).toBeUndefined()
    expect(await busy.dotsOf('b1', 'old', 'pa')).toEqual({ x: 1 })
    expect(await busy.dotsOf('b1', 'v1', 'pa')).toEqual({})
  })
})
