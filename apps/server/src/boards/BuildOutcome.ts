import type { ModelError } from '@samkart/model'
import type { ApiError } from '../http/sendJson'

/** A board built off the event loop (imported or copied), ready to be stored. */
export interface BuiltBoard {
  title: string
  createdAt: string
  /** The whole document, as one Yjs update. */
  state: Uint8Array
}

/** Why a board was not built: the `400` error to answer. */
export type BuildRefusal = ApiError['error']

/** The outcome of building a board: the board, or the refusal. */
export type BuildOutcome = { ok: true; board: BuiltBoard } | { ok: false; refusal: BuildRefusal }

/** A model refusal (a bad title) as a build refusal, answered like any model error. */
export function modelRefusal(error: ModelError): { ok: false; refusal: BuildRefusal } {
  const { code, message, field, params } = error
  return { ok: false, refusal: { code, message, field, ...(params ? { params } : {}) } }
}
