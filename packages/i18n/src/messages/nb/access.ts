/** Bokmål messages for sharing, roles, recent boards and board management. */
export const nbAccess = {} as const
