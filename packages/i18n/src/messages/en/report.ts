import type { nbReport } from '../nb/report'

/** English messages for the contents of exported files; the same keys as bokmål. */
export const enReport: { readonly [K in keyof typeof nbReport]: string } = {}
