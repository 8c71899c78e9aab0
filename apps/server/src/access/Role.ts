/** Roles are part of the access contract in @samkart/model; re-exported for the access code. */
export { ROLES, type Role, isRole, mayWrite, roleAtLeast } from '@samkart/model'
