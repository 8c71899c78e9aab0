import { mayWrite } from '@samkart/model'
import type * as Y from 'yjs'
import type { Connection } from './Connection'
import { lockScope } from './lockScope'
import type { WriteAccess } from './WriteScope'

/**
 * What `conn` may write to `doc` now. Asked when a write arrives (a viewer's is dropped at
 * once, never queued) and again when it is applied, since the board's state (a lock, the
 * facilitator's permission to comment) may have changed in between. The one place that turns
 * role and board state into write rights.
 */
export function writeAccess(conn: Connection, _doc: Y.Doc): WriteAccess {
  if (!mayWrite(conn.grant.role)) return { kind: 'none' }
  // Locks and the walkthrough are judged per update: which roots it touched, which are locked.
  return { kind: 'scoped', scope: lockScope(conn.grant.role) }
}
