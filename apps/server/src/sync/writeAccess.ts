import type * as Y from 'yjs'
import { commentAccess } from './commentScope'
import type { Connection } from './Connection'
import type { WriteAccess } from './WriteScope'

/**
 * What `conn` may write to `doc` now. Asked when a write arrives (a viewer's is dropped at
 * once, never queued) and again when it is applied, since the board's state (a lock, the
 * facilitator's permission to comment) may have changed in between. The one place that turns
 * role and board state into write rights.
 */
export function writeAccess(conn: Connection, doc: Y.Doc): WriteAccess {
  // Viewers' own comments and the facilitator's permission for them (sync/commentScope.ts).
  return commentAccess(conn.grant.role, conn.participantId, doc)
}
