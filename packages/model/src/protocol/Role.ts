/**
 * What a share link lets its holder do, weakest first (the access contract of server and web app):
 * - `viewer` reads the board and shows presence; its writes are dropped;
 * - `editor` also writes the board, renames and duplicates it;
 * - `facilitator` also manages share links, deletes the board and may bring everyone to its view.
 */
export const ROLES = ['viewer', 'editor', 'facilitator'] as const
export type Role = (typeof ROLES)[number]

/** Whether `value` is one of {@link ROLES}. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Whether `role` may do what `needed` may: roles are ordered, each includes the weaker ones. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}

/** Whether `role` may change the board's document. */
export function mayWrite(role: Role): boolean {
  switch (role) {
    case 'viewer':
      return false
    case 'editor':
    case 'facilitator':
      return true
    default: {
      const unreachable: never = role
      throw new Error(`unknown role ${String(unreachable)}`)
    }
  }
}
