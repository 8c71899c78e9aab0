import type { nbPresence } from '../nb/presence'

/** English messages for presence, cursors, following, undo and offline status; the same keys as bokmål. */
export const enPresence: { readonly [K in keyof typeof nbPresence]: string } = {}
