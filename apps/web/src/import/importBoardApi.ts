import type { BoardFile } from '@samkart/export'
import { type ApiResult, parseApiError } from '../api/boardsApi'

/** What the server answers when it has created a board from a file. */
export interface ImportedBoardSummary {
  id: string
  title: string
  /** The facilitator token for the new board, where the server hands one out. */
  token: string | null
}

/**
 * `POST /api/boards { title, import }`: the server checks the board file again (the browser's
 * check is only for a quick answer) and creates a new board from it. The board exported from
 * is never touched.
 */
export async function importBoard(
  file: BoardFile,
  title: string,
  fetchFn: typeof fetch = fetch,
): Promise<ApiResult<ImportedBoardSummary>> {
  let response: Response
  let body: unknown
  try {
    response = await fetchFn('/api/boards', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ title, import: file }),
    })
    body = await response.json().catch(() => null)
  } catch {
    return { ok: false, error: { kind: 'network' } }
  }
  if (!response.ok) return { ok: false, error: parseApiError(response.status, body) }
  const value = (body ?? {}) as Record<string, unknown>
  if (typeof value.id !== 'string' || typeof value.title !== 'string')
    return { ok: false, error: { kind: 'http', status: response.status } }
  return {
    ok: true,
    value: {
      id: value.id,
      title: value.title,
      token: typeof value.token === 'string' ? value.token : null,
    },
  }
}
