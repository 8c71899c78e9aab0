/** A board as the API lists it. */
export interface BoardSummary {
  id: string
  title: string
  /** ISO 8601. */
  createdAt: string
}

/** Why an API call failed, in terms the UI can explain. */
export type ApiError =
  | { kind: 'network' }
  | { kind: 'http'; status: number; code?: string; params?: Record<string, string | number> }

/** The outcome of an API call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

type Fetch = typeof fetch

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Reads one board summary, or `null` if the shape is wrong. */
export function parseBoardSummary(value: unknown): BoardSummary | null {
  if (!isRecord(value)) return null
  const { id, title, createdAt } = value
  if (typeof id !== 'string' || typeof title !== 'string' || typeof createdAt !== 'string')
    return null
  return { id, title, createdAt }
}

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

async function request(fetchFn: Fetch, url: string, init?: RequestInit) {
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

/** `GET /api/boards`: every board, newest first (the server's order). */
export async function listBoards(fetchFn: Fetch = fetch): Promise<ApiResult<BoardSummary[]>> {
  const result = await request(fetchFn, '/api/boards')
  if (!result) return { ok: false, error: { kind: 'network' } }
  const { response, body } = result
  if (!response.ok) return { ok: false, error: parseApiError(response.status, body) }
  const list = isRecord(body) && Array.isArray(body.boards) ? body.boards : []
  return {
    ok: true,
    value: list.map(parseBoardSummary).filter((b): b is BoardSummary => b !== null),
  }
}

/** `POST /api/boards`: creates a board with this title, from a template unless `template` is `''`. */
export async function createBoard(
  title: string,
  template = '',
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardSummary>> {
  const result = await request(fetchFn, '/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(template ? { title, template } : { title }),
  })
  if (!result) return { ok: false, error: { kind: 'network' } }
  const { response, body } = result
  if (!response.ok) return { ok: false, error: parseApiError(response.status, body) }
  const board = parseBoardSummary(body)
  return board
    ? { ok: true, value: board }
    : { ok: false, error: { kind: 'http', status: response.status } }
}
