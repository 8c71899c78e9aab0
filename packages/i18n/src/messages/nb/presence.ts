/** Bokmål messages for presence, cursors, following, undo and offline status. */
export const nbPresence = {} as const
