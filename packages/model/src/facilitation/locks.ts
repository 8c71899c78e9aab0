import type * as Y from 'yjs'
import type { FieldSpec } from '../field'

/**
 * What a facilitator can lock: the whole board, or one of its two views. Each covers the roots
 * in {@link LOCKED_ROOTS}.
 */
export const LOCK_SCOPES = ['board', 'actors', 'journeys'] as const
export type LockScope = (typeof LOCK_SCOPES)[number]

/** Whether `value` is one of {@link LOCK_SCOPES}. */
export function isLockScope(value: unknown): value is LockScope {
  return typeof value === 'string' && (LOCK_SCOPES as readonly string[]).includes(value)
}

/**
 * The roots each lock freezes for editors. The aktørkart holds actors, relations and the
 * danger-signal checklist (its insight panel); the journeys hold journeys, phases,
 * touchpoints, their lanes and lane items, and the personas and information vocabulary they
 * use. The board lock also freezes the title (`meta`) and every content root a later kind
 * adds (sticky notes: board lock only until notes say which view they sit in). Comments,
 * saved views and presentation state are not content and stay as their own rules say.
 */
export const LOCKED_ROOTS: Readonly<Record<LockScope, readonly string[]>> = {
  actors: ['actors', 'relations', 'dangerSignals'],
  journeys: ['journeys', 'phases', 'touchpoints', 'lanes', 'laneItems', 'personas', 'infoItems'],
  board: [
    'meta',
    'actors',
    'relations',
    'journeys',
    'phases',
    'touchpoints',
    'lanes',
    'laneItems',
    'personas',
    'infoItems',
    'dangerSignals',
    'notes',
  ],
}

/**
 * Root map of the board's locks, written by the server only (the lock API): flat keys
 * `<scope>/by` (the facilitator's name) and `<scope>/since` (ISO 8601). A scope is locked while
 * its `since` is set; unlocking deletes both keys.
 */
export const LOCKS_ROOT = 'locks'
/** Longest name a lock records. */
export const LOCK_NAME_MAX = 100

const LOCK_FIELDS: Readonly<Record<string, FieldSpec>> = {
  by: { kind: 'text', max: LOCK_NAME_MAX },
  since: { kind: 'text', max: 64 },
}

/** The spec of one key of {@link LOCKS_ROOT}; `undefined` for any other key. */
export function lockField(key: string): FieldSpec | undefined {
  const slash = key.indexOf('/')
  const field = key.slice(slash + 1)
  if (slash < 0 || !isLockScope(key.slice(0, slash))) return undefined
  return Object.hasOwn(LOCK_FIELDS, field) ? LOCK_FIELDS[field] : undefined
}

/** One active lock. */
export interface BoardLock {
  scope: LockScope
  /** Who locked it (the facilitator's presence name), `''` if unknown. */
  by: string
  /** When, ISO 8601. */
  since: string
}

/** The active locks, in {@link LOCK_SCOPES} order. */
export function readLocks(doc: Y.Doc): BoardLock[] {
  const root = doc.getMap<unknown>(LOCKS_ROOT)
  return LOCK_SCOPES.flatMap((scope): BoardLock[] => {
    const since = root.get(`${scope}/since`)
    const by = root.get(`${scope}/by`)
    if (typeof since !== 'string' || since === '') return []
    return [{ scope, by: typeof by === 'string' ? by : '', since }]
  })
}

/** The lock that freezes `root`, if any: the board lock first, then the view's. */
export function lockOf(locks: readonly BoardLock[], root: string): BoardLock | null {
  return locks.find((lock) => LOCKED_ROOTS[lock.scope].includes(root)) ?? null
}

/**
 * Sets or lifts one lock (the server does this for the lock API; a client's write to
 * {@link LOCKS_ROOT} is refused).
 */
export function writeLock(
  doc: Y.Doc,
  scope: LockScope,
  lock: { by: string; since: string } | null,
  origin: unknown = null,
): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(LOCKS_ROOT)
    if (lock) {
      root.set(`${scope}/by`, lock.by.slice(0, LOCK_NAME_MAX))
      root.set(`${scope}/since`, lock.since)
    } else {
      root.delete(`${scope}/by`)
      root.delete(`${scope}/since`)
    }
  }, origin)
}
