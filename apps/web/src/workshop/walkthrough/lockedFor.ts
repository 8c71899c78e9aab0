import type { BoardLock, Role } from '@samkart/model'

/**
 * The lock that keeps this person from editing the view they are in (`actors` or
 * `journeys`), or `null`: only editors are held back (viewers cannot edit anyway, and
 * facilitators edit through a lock). The board lock wins over a view's.
 */
export function lockedFor(
  role: Role | null,
  locks: readonly BoardLock[],
  view: 'actors' | 'journeys',
): BoardLock | null {
  if (role !== 'editor') return null
  return locks.find((lock) => lock.scope === 'board' || lock.scope === view) ?? null
}

/** The lock to tell this person about in the view they are in, whatever their role. */
export function lockShown(
  locks: readonly BoardLock[],
  view: 'actors' | 'journeys',
): BoardLock | null {
  return locks.find((lock) => lock.scope === 'board' || lock.scope === view) ?? null
}
