import { ROLES, type Role, isRole } from '@samkart/model'

/** The roles are the access contract's, from @samkart/model; this file adds what the UI asks. */
export { ROLES, type Role, isRole }

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
