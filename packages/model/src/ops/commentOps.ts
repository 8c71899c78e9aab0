import * as Y from 'yjs'
import type { Comment, CommentTargetKind } from '../entities/Comment'
import { readEntities, readEntity } from '../doc/entityStore'
import { entityRoot } from '../doc/schema'
import { type Result, fail, ok } from '../result'
import { commentTargetExists } from '../comments/commentTargets'
import { type WriteOptions, createEntity, updateEntity } from './entityOps'

/** Who writes a comment, and when (injectable for tests). */
export interface CommentAuthor {
  /** The writer's participant id. */
  authorId: string
  authorName: string
  /** ISO 8601; defaults to now. */
  now?: string
}

/** The text of a comment and the participants it mentions. */
export interface CommentBody {
  text: string
  mentions?: readonly string[]
}

function body(input: CommentBody): Result<{ text: string; mentions: string[] }> {
  const text = input.text.trim()
  if (text === '')
    return fail({
      code: 'required',
      entity: 'comment',
      field: 'text',
      message: 'comment.text: is required',
    })
  return ok({ text, mentions: [...new Set(input.mentions ?? [])].sort() })
}

function missing(id: string) {
  return fail({
    code: 'not_found' as const,
    entity: 'comment',
    message: `comment ${id} does not exist`,
    params: { id },
  })
}

/**
 * Starts a thread on an item with its first comment.
 *
 * @returns the new comment's id, which is also the thread's id
 */
export function addThread(
  doc: Y.Doc,
  target: { kind: CommentTargetKind; id: string },
  input: CommentBody & CommentAuthor,
  options: WriteOptions = {},
): Result<string> {
  if (!commentTargetExists(doc, target.kind, target.id))
    return fail({
      code: 'missing_reference',
      entity: 'comment',
      field: 'targetId',
      message: `comment.targetId: ${target.kind} ${target.id} does not exist`,
      params: { id: target.id },
    })
  const checked = body(input)
  if (!checked.ok) return checked
  return createEntity(
    doc,
    'comment',
    {
      targetKind: target.kind,
      targetId: target.id,
      ...checked.value,
      authorId: input.authorId,
      authorName: input.authorName.slice(0, 100),
      createdAt: input.now ?? new Date().toISOString(),
    },
    options,
  )
}

/** Answers a thread (`threadId`: its first comment's id). @returns the reply's id */
export function replyToThread(
  doc: Y.Doc,
  threadId: string,
  input: CommentBody & CommentAuthor,
  options: WriteOptions = {},
): Result<string> {
  const first = readEntity(doc, 'comment', threadId)
  if (!first || first.threadId !== '') return missing(threadId)
  const checked = body(input)
  if (!checked.ok) return checked
  return createEntity(
    doc,
    'comment',
    {
      targetKind: first.targetKind,
      targetId: first.targetId,
      threadId,
      ...checked.value,
      authorId: input.authorId,
      authorName: input.authorName.slice(0, 100),
      createdAt: input.now ?? new Date().toISOString(),
    },
    options,
  )
}

/** Changes a comment's text and mentions and stamps `editedAt`. */
export function editComment(
  doc: Y.Doc,
  id: string,
  input: CommentBody & { now?: string },
  options: WriteOptions = {},
): Result<Comment> {
  const current = readEntity(doc, 'comment', id)
  if (!current || current.deleted) return missing(id)
  const checked = body(input)
  if (!checked.ok) return checked
  return updateEntity(
    doc,
    'comment',
    id,
    { ...checked.value, editedAt: input.now ?? new Date().toISOString() },
    options,
  )
}

/**
 * Deletes a comment softly: the text and mentions are emptied and it shows as «deleted», so the
 * replies under a deleted first comment stay readable and in their thread. The entry itself
 * goes only with its target, and a viewer (who may not remove entries) can delete their own.
 */
export function deleteComment(
  doc: Y.Doc,
  id: string,
  options: WriteOptions & { now?: string } = {},
): Result<Comment> {
  const current = readEntity(doc, 'comment', id)
  if (!current) return missing(id)
  if (current.deleted) return ok(current)
  return updateEntity(
    doc,
    'comment',
    id,
    { deleted: true, text: '', mentions: [], editedAt: options.now ?? new Date().toISOString() },
    options,
  )
}

/** Resolves a thread (`true`) or reopens it (`false`); kept on the thread's first comment. */
export function setThreadResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  options: WriteOptions = {},
): Result<Comment> {
  const first = readEntity(doc, 'comment', threadId)
  if (!first || first.threadId !== '') return missing(threadId)
  return updateEntity(doc, 'comment', threadId, { resolved }, options)
}

/**
 * Moves every comment on one item to another, in one transaction: when a note is promoted to an
 * actor or a touchpoint, its discussion follows it. Call it inside the promote's transaction
 * (nested transactions join the outer one) before the note is deleted.
 *
 * @returns how many comments moved
 */
export function retargetComments(
  doc: Y.Doc,
  from: { kind: CommentTargetKind; id: string },
  to: { kind: CommentTargetKind; id: string },
  options: WriteOptions = {},
): number {
  const moving = readEntities(doc, 'comment').filter(
    (c) => c.targetKind === from.kind && c.targetId === from.id,
  )
  if (moving.length === 0) return 0
  const root = entityRoot(doc, 'comment')
  doc.transact(() => {
    for (const c of moving) {
      const ymap = root.get(c.id)
      if (!(ymap instanceof Y.Map)) continue
      if (c.targetKind !== to.kind) ymap.set('targetKind', to.kind)
      ymap.set('targetId', to.id)
    }
  }, options.origin ?? null)
  return moving.length
}
