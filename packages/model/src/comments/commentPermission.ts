import type * as Y from 'yjs'
import type { WriteOptions } from '../ops/entityOps'
import { metaRoot } from '../doc/schema'

/**
 * The `meta` key that lets viewers write their own comments (boolean, absent = `false`). Only a
 * facilitator may change it; the server refuses anyone else's update that does.
 */
export const VIEWERS_MAY_COMMENT = 'viewersMayComment'

/** Whether the facilitator lets viewers comment on this board. */
export function viewersMayComment(doc: Y.Doc): boolean {
  return metaRoot(doc).get(VIEWERS_MAY_COMMENT) === true
}

/** Lets viewers comment, or stops them (a facilitator's write; see {@link VIEWERS_MAY_COMMENT}). */
export function setViewersMayComment(doc: Y.Doc, allowed: boolean, options: WriteOptions = {}) {
  if (viewersMayComment(doc) === allowed) return
  doc.transact(() => metaRoot(doc).set(VIEWERS_MAY_COMMENT, allowed), options.origin ?? null)
}
