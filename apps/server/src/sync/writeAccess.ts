import { mayWrite } from '@samkart/model'
import type * as Y from 'yjs'
import { commentAccess } from './commentScope'
import type { Connection } from './Connection'
import { lockScope } from './lockScope'
import { type WriteAccess, type WriteScope, allScopes } from './WriteScope'

/**
 * What `conn` may write to `doc` now. Asked when a write arrives (a viewer's is dropped at
 * once, never queued) and again when it is applied, since the board's state (a lock, the
 * facilitator's permission to comment) may have changed in between. The one place that turns
 * role and board state into write rights:
 * - viewers: nothing, or their own comments while the facilitator allows it (`commentScope`);
 * - editors and facilitators: everything valid, within the locks and the walkthrough's rules
 *   (`lockScope`) and, for editors, not the permission for viewers to comment.
 */
export function writeAccess(conn: Connection, doc: Y.Doc): WriteAccess {
  const role = conn.grant.role
  const comments = commentAccess(role, conn.participantId, doc)
  if (!mayWrite(role)) return comments
  const scopes: WriteScope[] = [lockScope(role)]
  if (comments.kind === 'scoped') scopes.push(comments.scope)
  return { kind: 'scoped', scope: allScopes(scopes) }
}
