import type { BoardFile } from '@samkart/export'
import {
  type ApiResult,
  type CreateBoardOptions,
  type CreatedBoard,
  bearer,
  parseCreatedBoard,
  request,
  settle,
} from '../api/boardsApi'

/**
 * `POST /api/boards { title, import }`: the server checks the board file again (the browser's
 * check is only for a quick answer) and creates a new board from it, answering like a create
 * (with the facilitator token). The board exported from is never touched.
 */
export function importBoard(
  file: BoardFile,
  title: string,
  { adminToken, fetchFn = fetch }: CreateBoardOptions = {},
): Promise<ApiResult<CreatedBoard>> {
  return settle(
    request(fetchFn, '/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(adminToken) },
      body: JSON.stringify({ title, import: file }),
    }),
    parseCreatedBoard,
  )
}
