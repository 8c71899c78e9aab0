import type { nbExports } from '../nb/exports'

/** English messages for exports and imports; the same keys as bokmål. */
export const enExports: { readonly [K in keyof typeof nbExports]: string } = {}
