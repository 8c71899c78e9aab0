import * as Y from 'yjs'
import {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportError,
  type ImportResult,
  boardDocFromFile,
} from '@samkart/export'
import { createId, readMeta, validateBoardTitle } from '@samkart/model'
import type { BoardRecord, Storage } from '../storage/Storage'

/** What a client sends to create a board from an exported board file. */
export interface ImportBoardInput {
  /** A new title; without one the board keeps the file's. */
  title?: unknown
  /** The board file (`{ format: 'samkart-board', version, exportedAt, board }`), parsed JSON. */
  import: unknown
}

/** True for a `POST /api/boards` body that asks for an import: an object with `import`. */
export function isImportRequest(body: unknown): body is ImportBoardInput {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'import' in body
}

/**
 * The largest `POST /api/boards` body: a board file at the import limit plus the wrapping
 * object. Other request bodies stay at the API's small default.
 */
export const IMPORT_BODY_BYTES = DEFAULT_IMPORT_MAX_BYTES + 64 * 1024

/**
 * Creates a new board from an exported board file, on the server like every board: the file is
 * parsed, migrated if older, and built entity by entity through the model's validated
 * operations into a fresh document (`boardDocFromFile`), which is stored only if all of it
 * passed. A bad file is refused with the import's error code and stores nothing.
 */
export async function importBoard(
  storage: Storage,
  input: ImportBoardInput,
): Promise<ImportResult<BoardRecord>> {
  if (input.title !== undefined) {
    const error = validateBoardTitle(input.title)
    if (error)
      return {
        ok: false,
        error: { code: 'invalid_board', message: error.message, path: 'title', cause: error },
      }
  }
  const imported = boardDocFromFile(input.import, {
    ...(typeof input.title === 'string' ? { title: input.title } : {}),
  })
  if (!imported.ok) return imported
  const { doc, board: summary } = imported.value
  try {
    const board: BoardRecord = {
      id: createId(),
      title: summary.title,
      createdAt: readMeta(doc).createdAt,
    }
    await storage.createBoard(board, Y.encodeStateAsUpdate(doc))
    return { ok: true, value: board }
  } finally {
    doc.destroy()
  }
}

/** The API's answer to a refused import: 400 with the import's code, path and params. */
export function importErrorBody(error: ImportError) {
  return {
    field: error.path,
    ...(error.params
      ? { params: error.params }
      : error.cause?.params
        ? { params: error.cause.params }
        : {}),
  }
}
