import type { CommentTargetKind, EntityKind } from '@samkart/model'
import type { ImportResult } from '../ImportResult'
import type { BoardFileContent } from './BoardFile'

/** The file's list of each kind of item a comment may be on (notes: not in this file format). */
const TARGET_LISTS: Partial<Record<CommentTargetKind, keyof BoardFileContent>> = {
  actor: 'actors',
  relation: 'relations',
  touchpoint: 'touchpoints',
  phase: 'phases',
  note: 'notes',
}

/**
 * Creates the file's comment threads with the new ids of their items and threads: first
 * comments first, then replies. A thread on an item the file does not hold (an item removed
 * before export) is left out with its replies, as the board would prune it.
 */
export function importComments(
  board: BoardFileContent,
  newId: (old: string) => string,
  create: (kind: EntityKind, path: string, fields: Record<string, unknown>) => ImportResult<string>,
): ImportResult<number> {
  const present = (kind: CommentTargetKind, id: string) => {
    const list = TARGET_LISTS[kind]
    return list !== undefined && (board[list] as { id: string }[]).some((e) => e.id === id)
  }
  const kept = new Set<string>()
  const ordered = [
    ...board.comments.map((c, i) => [c, i] as const).filter(([c]) => c.threadId === ''),
    ...board.comments.map((c, i) => [c, i] as const).filter(([c]) => c.threadId !== ''),
  ]
  for (const [{ id, targetId, threadId, ...fields }, i] of ordered) {
    const live = threadId === '' ? present(fields.targetKind, targetId) : kept.has(threadId)
    if (!live) continue
    const r = create('comment', `board.comments[${i}]`, {
      ...fields,
      id: newId(id),
      targetId: newId(targetId),
      threadId: threadId === '' ? '' : newId(threadId),
    })
    if (!r.ok) return r
    kept.add(id)
  }
  return { ok: true, value: kept.size }
}
