import * as Y from 'yjs'
import {
  DEFAULT_MAX_JSON_DEPTH,
  type ImportError,
  boardDocFromFile,
  exceedsJsonDepth,
  tooDeep,
} from '@samkart/export'
import { readMeta, validateBoardTitle } from '@samkart/model'
import { MAX_BODY_BYTES } from '../http/readJsonBody'
import type { BuildOutcome } from './BuildOutcome'

/** What a client sends to create a board from an exported board file. */
interface ImportRequest {
  /** A new title; without one the board keeps the file's. */
  title?: unknown
  /** The board file (`{ format: 'samkart-board', version, exportedAt, board }`), parsed JSON. */
  import: unknown
}

/** True for a `POST /api/boards` body that asks for an import: an object with `import`. */
export function isImportRequest(body: unknown): body is ImportRequest {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'import' in body
}

/**
 * Builds a new board from the raw body of `POST /api/boards { title?, import }`, all the work
 * an import costs, meant for a worker thread: checks the body's nesting before parsing it,
 * parses it, counts each kind of entity against `maxEntities`, and builds the board through
 * the model's validated operations (`boardDocFromFile`; all or nothing). A body that is not an
 * import, yet larger than an ordinary request, is refused as `body_too_large`.
 */
export function buildImportedBoard(body: Uint8Array, maxEntities: number): BuildOutcome {
  if (exceedsJsonDepth(body, DEFAULT_MAX_JSON_DEPTH)) return importRefusal(tooDeep().error)
  let value: unknown = undefined
  try {
    value = JSON.parse(new TextDecoder().decode(body)) as unknown
  } catch {
    // Only an import may be larger than an ordinary body; what does not parse is not one.
    if (body.length <= MAX_BODY_BYTES)
      return refusal('invalid_json', 'request body is not valid JSON')
  }
  if (!isImportRequest(value))
    return body.length > MAX_BODY_BYTES
      ? refusal('body_too_large', `request body is larger than ${MAX_BODY_BYTES} bytes`)
      : refusal('invalid_body', 'request body must be a JSON object with `import`')
  if (value.title !== undefined) {
    const error = validateBoardTitle(value.title)
    if (error)
      return importRefusal({
        code: 'invalid_board',
        message: error.message,
        path: 'title',
        cause: error,
      })
  }
  const imported = boardDocFromFile(value.import, {
    maxEntities,
    ...(typeof value.title === 'string' ? { title: value.title } : {}),
  })
  if (!imported.ok) return importRefusal(imported.error)
  const { doc, board } = imported.value
  try {
    const state = Y.encodeStateAsUpdate(doc)
    return { ok: true, board: { title: board.title, createdAt: readMeta(doc).createdAt, state } }
  } finally {
    doc.destroy()
  }
}

function refusal(code: string, message: string): BuildOutcome {
  return { ok: false, refusal: { code, message } }
}

/** A refused import as the API answers it: the import's code, the JSON path and params. */
function importRefusal(error: ImportError): BuildOutcome {
  const params = error.params ?? error.cause?.params
  return {
    ok: false,
    refusal: {
      code: error.code,
      message: error.message,
      ...(error.path === undefined ? {} : { field: error.path }),
      ...(params ? { params } : {}),
    },
  }
}
