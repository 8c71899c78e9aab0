import type * as Y from 'yjs'
import { type Result, fail, ok } from '../result'
import { validateField } from '../field'
import { type BoardMeta, SCHEMA_VERSION, TITLE_MAX } from './BoardMeta'
import { metaRoot } from './schema'

/**
 * Writes the metadata of a new board. Boards are initialised once, on the server, when they are
 * created; clients never seed content (two clients seeding an empty doc would both win).
 */
export function initBoard(
  doc: Y.Doc,
  input: { title: string; template?: string; createdAt?: string },
  options: { origin?: unknown } = {},
): Result<BoardMeta> {
  const titleError = validateBoardTitle(input.title)
  if (titleError) return fail(titleError)
  const meta: BoardMeta = {
    title: input.title.trim(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: input.createdAt ?? new Date().toISOString(),
    template: input.template ?? '',
  }
  doc.transact(() => {
    const root = metaRoot(doc)
    for (const [key, value] of Object.entries(meta)) root.set(key, value)
  }, options.origin ?? null)
  return ok(meta)
}

/** Reads the board's metadata; missing values read as empty (a board not yet synced). */
export function readMeta(doc: Y.Doc): BoardMeta {
  const root = metaRoot(doc)
  const str = (key: string) => {
    const v = root.get(key)
    return typeof v === 'string' ? v : ''
  }
  const version = root.get('schemaVersion')
  return {
    title: str('title'),
    schemaVersion: typeof version === 'number' ? version : 0,
    createdAt: str('createdAt'),
    template: str('template'),
  }
}

/** Renames the board. */
export function setBoardTitle(
  doc: Y.Doc,
  title: string,
  options: { origin?: unknown } = {},
): Result<void> {
  const error = validateBoardTitle(title)
  if (error) return fail(error)
  doc.transact(() => metaRoot(doc).set('title', title.trim()), options.origin ?? null)
  return ok(undefined)
}

/** Validates a board title: required, at most {@link TITLE_MAX} characters. */
export function validateBoardTitle(title: unknown) {
  return validateField('board', 'title', { kind: 'text', max: TITLE_MAX, required: true }, title)
}
