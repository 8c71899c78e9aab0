import {
  type BoardInfo,
  type BoardSummary,
  type CreatedBoard,
  parseBoardInfo,
  parseBoardSummary,
  parseCreatedBoard,
} from '@samkart/model'

// The board shapes are the client–server contract: one home in @samkart/model.
export { parseBoardInfo, parseBoardSummary, parseCreatedBoard }
export type { BoardInfo, BoardSummary, CreatedBoard }

/** Why an API call failed, in terms the UI can explain. */
export type ApiError =
  | { kind: 'network' }
  | { kind: 'http'; status: number; code?: string; params?: Record<string, string | number> }

/** The outcome of an API call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

type Fetch = typeof fetch

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Reads the `{ error: { code, params? } }` body of a refused request, as far as it goes. */
export function parseApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {}
  const code = typeof error.code === 'string' ? error.code : undefined
  const params = isRecord(error.params)
    ? (Object.fromEntries(
        Object.entries(error.params).filter(
          ([, v]) => typeof v === 'string' || typeof v === 'number',
        ),
      ) as Record<string, string | number>)
    : undefined
  return { kind: 'http', status, ...(code ? { code } : {}), ...(params ? { params } : {}) }
}

/** `Authorization: Bearer <token>`, or nothing without a token. */
export function bearer(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Performs a request; `null` when the server could not be reached at all. */
export async function request(fetchFn: Fetch, url: string, init?: RequestInit) {
  try {
    const response = await fetchFn(url, {
      ...init,
      headers: { accept: 'application/json', ...init?.headers },
    })
    const body: unknown = await response.json().catch(() => null)
    return { response, body }
  } catch {
    return null
  }
}

/** The path of one board in the API. */
const boardUrl = (id: string) => `/api/boards/${encodeURIComponent(id)}`

/** Turns a request's outcome into a result, reading the body with `parse` when it succeeded. */
export async function settle<T>(
  pending: ReturnType<typeof request>,
  parse: (body: unknown) => T | null,
): Promise<ApiResult<T>> {
  const result = await pending
  if (!result) return { ok: false, error: { kind: 'network' } }
  const { response, body } = result
  if (!response.ok) return { ok: false, error: parseApiError(response.status, body) }
  const value = parse(body)
  return value === null
    ? { ok: false, error: { kind: 'http', status: response.status } }
    : { ok: true, value }
}

/** Options of {@link createBoard}. */
export interface CreateBoardOptions {
  /** Needed where the server restricts creating boards to administrators. */
  adminToken?: string
  fetchFn?: Fetch
}

/**
 * `POST /api/boards`: creates a board with this title, from a template unless `template` is
 * `''`. The answer carries the facilitator token for the new board.
 */
export function createBoard(
  title: string,
  template = '',
  { adminToken, fetchFn = fetch }: CreateBoardOptions = {},
): Promise<ApiResult<CreatedBoard>> {
  return settle(
    request(fetchFn, '/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(adminToken) },
      body: JSON.stringify(template ? { title, template } : { title }),
    }),
    parseCreatedBoard,
  )
}

/** `GET /api/boards/:id`: the board's title and the role `token` gives on it. */
export function getBoard(
  id: string,
  token: string | null,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardInfo>> {
  return settle(request(fetchFn, boardUrl(id), { headers: bearer(token) }), parseBoardInfo)
}

/** `PATCH /api/boards/:id`: renames the board for everyone (editor or facilitator). */
export function renameBoard(
  id: string,
  title: string,
  token: string | null,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardSummary>> {
  return settle(
    request(fetchFn, boardUrl(id), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ title }),
    }),
    parseBoardSummary,
  )
}

/** The header for the administrator token where `Authorization` carries a board's token. */
export const ADMIN_TOKEN_HEADER = 'x-samkart-admin-token'

/**
 * `POST /api/boards/:id/duplicate`: copies the board under `title` (editor or facilitator); the
 * answer carries a facilitator token for the copy. Where creating boards is restricted, the
 * server also wants the administrator token, sent in a header of its own.
 */
export function duplicateBoard(
  id: string,
  title: string,
  token: string | null,
  { adminToken, fetchFn = fetch }: CreateBoardOptions = {},
): Promise<ApiResult<CreatedBoard>> {
  return settle(
    request(fetchFn, `${boardUrl(id)}/duplicate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...bearer(token),
        ...(adminToken ? { [ADMIN_TOKEN_HEADER]: adminToken } : {}),
      },
      body: JSON.stringify({ title }),
    }),
    parseCreatedBoard,
  )
}

/** `DELETE /api/boards/:id`: deletes the board for everyone (facilitator only). */
export function deleteBoard(
  id: string,
  token: string | null,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<true>> {
  return settle(
    request(fetchFn, boardUrl(id), { method: 'DELETE', headers: bearer(token) }),
    () => true as const,
  )
}
