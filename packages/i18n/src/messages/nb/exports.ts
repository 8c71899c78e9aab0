/** Bokmål messages for exports and imports. */
export const nbExports = {} as const
