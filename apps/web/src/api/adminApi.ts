import { type AdminBoardListing, parseAdminBoardList } from '@samkart/model'
import { ADMIN_TOKEN_HEADER, type ApiResult, bearer, request, settle } from './boardsApi'

type Fetch = typeof fetch

const boardUrl = (id: string) => `/api/boards/${encodeURIComponent(id)}`

/** `GET /api/boards` with the administrator token: every board on the server. */
export function listAllBoards(
  adminToken: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<AdminBoardListing[]>> {
  return settle(
    request(fetchFn, '/api/boards', { headers: bearer(adminToken) }),
    parseAdminBoardList,
  )
}

/**
 * A new facilitator link to a board, made with the administrator token: the way into a board
 * from the overview. Resolves to the link's token.
 */
export function adminFacilitatorToken(
  boardId: string,
  adminToken: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<string>> {
  return settle(
    request(fetchFn, `${boardUrl(boardId)}/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ADMIN_TOKEN_HEADER]: adminToken },
      body: JSON.stringify({ role: 'facilitator' }),
    }),
    (body) =>
      typeof body === 'object' &&
      body !== null &&
      typeof (body as { token?: unknown }).token === 'string'
        ? (body as { token: string }).token
        : null,
  )
}

/** `DELETE /api/boards/:id` as the administrator. */
export function deleteBoardAsAdmin(
  boardId: string,
  adminToken: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<true>> {
  return settle(
    request(fetchFn, boardUrl(boardId), {
      method: 'DELETE',
      headers: { [ADMIN_TOKEN_HEADER]: adminToken },
    }),
    () => true as const,
  )
}
