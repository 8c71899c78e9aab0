import * as Y from 'yjs'
import {
  COMMENT_TARGET_ROOTS,
  COMMENT_TARGET_KINDS,
  type CommentTargetKind,
} from '../entities/Comment'
import { readEntities } from '../doc/entityStore'

/** True for a kind that comments may hang on. */
export function isCommentTargetKind(kind: unknown): kind is CommentTargetKind {
  return (COMMENT_TARGET_KINDS as readonly unknown[]).includes(kind)
}

/**
 * Whether a comment's target exists. Looks the root up without creating it, so a kind this
 * board (or this build) has never stored, such as notes before they existed, reads as absent.
 */
export function commentTargetExists(doc: Y.Doc, kind: CommentTargetKind, id: string): boolean {
  const root = doc.share.get(COMMENT_TARGET_ROOTS[kind])
  if (!root) return false
  // A root another client created is shared as a bare type until someone asks for it as a map.
  return doc.getMap(COMMENT_TARGET_ROOTS[kind]).get(id) instanceof Y.Map
}

/** Every comment on any of `targets` (by kind and id), for a cascading delete. */
export function commentsOnTargets(
  doc: Y.Doc,
  targets: readonly { kind: string; id: string }[],
): { kind: 'comment'; id: string }[] {
  const wanted = new Set(targets.map((t) => `${t.kind}\u0000${t.id}`))
  return readEntities(doc, 'comment')
    .filter((c) => wanted.has(`${c.targetKind}\u0000${c.targetId}`))
    .map((c) => ({ kind: 'comment', id: c.id }))
}
