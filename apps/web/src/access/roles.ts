/**
 * The three roles a share link can give, least to most:
 * - `viewer` reads the board and shows presence, but changes nothing;
 * - `editor` reads and writes the board;
 * - `facilitator` is an editor who also manages share links and may rename or delete the board.
 */
export const ROLES = ['viewer', 'editor', 'facilitator'] as const

/** A role in {@link ROLES}. */
export type Role = (typeof ROLES)[number]

/** True if `value` names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Position in {@link ROLES}: a higher number may do everything a lower one may. */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role)
}

/** Whether the role may change the board's content. */
export function canEdit(role: Role): boolean {
  return roleRank(role) >= roleRank('editor')
}

/** Whether the role may manage share links, and delete the board. */
export function canManage(role: Role): boolean {
  return role === 'facilitator'
}
