import type { nbAccess } from '../nb/access'

/** English messages for sharing, roles, recent boards and board management; the same keys as bokmål. */
export const enAccess: { readonly [K in keyof typeof nbAccess]: string } = {}
