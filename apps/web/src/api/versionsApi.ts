import { type BoardVersion, parseBoardVersion } from '@samkart/model'
import { type ApiResult, bearer, parseApiError, request, settle } from './boardsApi'

type Fetch = typeof fetch

const versionsUrl = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`
const versionUrl = (boardId: string, versionId: string) =>
  `${versionsUrl(boardId)}/${encodeURIComponent(versionId)}`

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** `GET /api/boards/:id/versions`: the board's versions, newest first. */
export function listVersions(
  boardId: string,
  token: string | null,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardVersion[]>> {
  return settle(request(fetchFn, versionsUrl(boardId), { headers: bearer(token) }), (body) =>
    isRecord(body) && Array.isArray(body.versions)
      ? body.versions.map(parseBoardVersion).filter((v): v is BoardVersion => v !== null)
      : null,
  )
}

/** `POST /api/boards/:id/versions` (editor+): a named version of the board as it is now. */
export function createNamedVersion(
  boardId: string,
  token: string | null,
  name: string,
  author: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardVersion>> {
  return settle(
    request(fetchFn, versionsUrl(boardId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ name, author }),
    }),
    parseBoardVersion,
  )
}

/** `POST …/versions/:versionId/restore` (facilitator): the new version of kind `restore`. */
export function restoreVersion(
  boardId: string,
  token: string | null,
  versionId: string,
  author: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<BoardVersion>> {
  return settle(
    request(fetchFn, `${versionUrl(boardId, versionId)}/restore`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ author }),
    }),
    parseBoardVersion,
  )
}

/** `GET …/versions/:versionId/state`: the board at that version, as one Yjs update. */
export async function fetchVersionState(
  boardId: string,
  token: string | null,
  versionId: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<Uint8Array>> {
  let response: Response
  try {
    response = await fetchFn(`${versionUrl(boardId, versionId)}/state`, {
      headers: { accept: 'application/octet-stream', ...bearer(token) },
    })
  } catch {
    return { ok: false, error: { kind: 'network' } }
  }
  if (!response.ok)
    return {
      ok: false,
      error: parseApiError(response.status, await response.json().catch(() => null)),
    }
  return { ok: true, value: new Uint8Array(await response.arrayBuffer()) }
}
