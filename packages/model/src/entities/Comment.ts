import type { EntitySpec } from './EntitySpec'

/**
 * What a comment thread can hang on. `note` is a sticky note (its own entity kind); a comment
 * whose target does not exist (deleted, or a kind this build does not know) is dangling and
 * removed like any dangling entity (`pruneDangling`).
 */
export const COMMENT_TARGET_KINDS = ['actor', 'relation', 'touchpoint', 'phase', 'note'] as const
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number]

/** The root map of each target kind, so a target can be looked up without its entity spec. */
export const COMMENT_TARGET_ROOTS: Readonly<Record<CommentTargetKind, string>> = {
  actor: 'actors',
  relation: 'relations',
  touchpoint: 'touchpoints',
  phase: 'phases',
  note: 'notes',
}

/** The longest comment text, in characters. */
export const COMMENT_TEXT_MAX = 4000
/** The longest author name kept on a comment. */
export const COMMENT_AUTHOR_NAME_MAX = 100
/** The most participants one comment may mention. */
export const COMMENT_MENTIONS_MAX = 20

/**
 * One comment. A thread is its first comment (`threadId` `''`) plus the replies naming it in
 * `threadId`; the first comment carries the thread's `resolved` state. Deleting a comment is
 * soft (`deleted`, text emptied) so the replies under it stay readable; the entry itself goes
 * only with its target. `authorId` is the writer's participant id, which the server checks
 * for viewers (docs/doc-schema.md).
 */
export interface Comment {
  id: string
  targetKind: CommentTargetKind
  /** Id of the actor, relation, touchpoint, phase or note the thread is on. */
  targetId: string
  /** `''` for a thread's first comment, else that first comment's id. */
  threadId: string
  text: string
  /** Participant id of the writer. */
  authorId: string
  /** The writer's display name when written (participants have no accounts). */
  authorName: string
  /** ISO 8601 timestamp of writing. */
  createdAt: string
  /** ISO 8601 timestamp of the last edit, or `''`. */
  editedAt: string
  deleted: boolean
  /** Only meaningful on a thread's first comment. */
  resolved: boolean
  /** Participant ids the text mentions. */
  mentions: string[]
}

/** Schema of {@link Comment}. */
export const commentSpec: EntitySpec<Comment> = {
  kind: 'comment',
  root: 'comments',
  fields: {
    targetKind: { kind: 'enum', values: COMMENT_TARGET_KINDS },
    // An id of one of several kinds, so not a `ref`; its form is an entity rule, its existence
    // is checked by `pruneDangling`.
    targetId: { kind: 'text', max: 64, required: true },
    threadId: { kind: 'ref', entity: 'comment' },
    text: { kind: 'text', max: COMMENT_TEXT_MAX },
    authorId: { kind: 'text', max: 64, required: true },
    authorName: { kind: 'text', max: COMMENT_AUTHOR_NAME_MAX },
    createdAt: { kind: 'text', max: 64 },
    editedAt: { kind: 'text', max: 64 },
    deleted: { kind: 'boolean' },
    resolved: { kind: 'boolean' },
    mentions: { kind: 'set', maxItems: COMMENT_MENTIONS_MAX, maxLength: 64 },
  },
  defaults: {
    targetKind: 'actor',
    targetId: '',
    threadId: '',
    text: '',
    authorId: '',
    authorName: '',
    createdAt: '',
    editedAt: '',
    deleted: false,
    resolved: false,
    mentions: [],
  },
}
