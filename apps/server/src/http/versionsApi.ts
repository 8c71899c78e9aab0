import type { IncomingMessage, ServerResponse } from 'node:http'
import { type VersionAuthor, versionNameProblem, VERSION_NAME_MAX } from '@samkart/model'
import type { Grant } from '../access/AccessControl'
import type { ApiContext } from './ApiContext'
import { readObjectBody } from './readObjectBody'
import { requireRole } from './requestAccess'
import { sendError, sendJson } from './sendJson'

/** The part of a board's path after `/versions`, and the method check of the caller. */
export interface VersionsRoute {
  boardId: string
  /** `''`, `/<versionId>/state` or `/<versionId>/restore`. */
  rest: string
  allow(methods: string[]): boolean
}

/** Longest participant name a version records. */
const AUTHOR_MAX = 60

/**
 * A board's version history (docs/user-guide.md, «Versjonshistorikk»):
 * - `GET /api/boards/:id/versions` (editor+, viewers too with `SAMKART_HISTORY_VIEWERS=yes`)
 *   → `{ versions: [{ id, name?, kind, createdAt, by?, restoredFrom?, summary }] }`, newest first
 * - `POST /api/boards/:id/versions` `{ name, author? }` (editor+) → 201 the version; `author` is
 *   the participant's name, recorded with the link's role
 * - `GET /api/boards/:id/versions/:versionId/state` (as listing) → the board's state at that
 *   version, one Yjs update (`application/octet-stream`), for opening it read-only
 * - `POST /api/boards/:id/versions/:versionId/restore` `{ author? }` (facilitator) → 200 the new
 *   version of kind `restore`; connected clients receive the restore as an edit
 */
export async function handleVersionsApi(
  req: IncomingMessage,
  res: ServerResponse,
  route: VersionsRoute,
  ctx: ApiContext,
): Promise<void> {
  const { boardId, rest } = route
  const action = /^\/([^/]+)\/(state|restore)$/.exec(rest)
  if (rest !== '' && !action) return sendError(res, 404, 'not_found', 'no such version route')
  if (!action) {
    if (!route.allow(['GET', 'HEAD', 'POST'])) return
    if (req.method === 'POST') return createNamed(req, res, ctx, boardId)
    return list(req, res, ctx, boardId)
  }
  const [, versionId, what] = action
  if (what === 'state') {
    if (!route.allow(['GET', 'HEAD'])) return
    return sendState(req, res, ctx, boardId, versionId!)
  }
  if (!route.allow(['POST'])) return
  return restore(req, res, ctx, boardId, versionId!)
}

/** Browsing needs editor, or viewer where the server lets viewers browse history. */
function browseRole(ctx: ApiContext) {
  return ctx.historyViewers === 'yes' ? 'viewer' : 'editor'
}

async function list(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  if (!(await requireRole(req, res, ctx.access, id, browseRole(ctx)))) return
  if (!(await ctx.storage.getBoard(id))) return sendError(res, 404, 'not_found', 'no such board')
  sendJson(res, 200, { versions: await ctx.versions.list(id) })
}

async function createNamed(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  const grant = await requireRole(req, res, ctx.access, id, 'editor')
  if (!grant) return
  const body = await readObjectBody(req, res)
  if (!body) return
  const problem = versionNameProblem(body.name)
  if (problem)
    return sendError(res, 400, 'invalid_version_name', nameMessage(problem), {
      params: { max: VERSION_NAME_MAX },
    })
  const by = authorOf(body, grant)
  if (!by)
    return sendError(
      res,
      400,
      'invalid_author',
      `author must be text of at most ${AUTHOR_MAX} characters`,
    )
  const made = await ctx.rooms.withRoom(id, (room) =>
    ctx.versions.create(room, { kind: 'named', name: (body.name as string).trim(), by }),
  )
  if (!made.found) return sendError(res, 404, 'not_found', 'no such board')
  ctx.logger.info('named version created', { board: id, version: made.value.id })
  sendJson(res, 201, made.value)
}

async function sendState(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  id: string,
  versionId: string,
) {
  if (!(await requireRole(req, res, ctx.access, id, browseRole(ctx)))) return
  const stored = await ctx.versions.load(id, versionId)
  if (!stored) return sendError(res, 404, 'not_found', 'no such version')
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': stored.state.byteLength,
    // A version never changes: the browser may keep it.
    'Cache-Control': 'private, max-age=31536000, immutable',
  })
  res.end(req.method === 'HEAD' ? undefined : stored.state)
}

async function restore(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  id: string,
  versionId: string,
) {
  const grant = await requireRole(req, res, ctx.access, id, 'facilitator')
  if (!grant) return
  const body = await readObjectBody(req, res, { optional: true })
  if (!body) return
  const by = authorOf(body, grant)
  if (!by)
    return sendError(
      res,
      400,
      'invalid_author',
      `author must be text of at most ${AUTHOR_MAX} characters`,
    )
  const restored = await ctx.rooms.withRoom(id, (room) => ctx.versions.restore(room, versionId, by))
  if (!restored.found) return sendError(res, 404, 'not_found', 'no such board')
  if (!restored.value) return sendError(res, 404, 'not_found', 'no such version')
  ctx.logger.info('version restored', { board: id, version: versionId, as: restored.value.id })
  sendJson(res, 200, restored.value)
}

/** The author a request names, with its grant's role; `null` if `author` is not usable text. */
function authorOf(body: Record<string, unknown>, grant: Grant): VersionAuthor | null {
  const author = body.author
  if (author === undefined || author === null) return { role: grant.role }
  if (typeof author !== 'string' || [...author.trim()].length > AUTHOR_MAX) return null
  return author.trim() === '' ? { role: grant.role } : { role: grant.role, name: author.trim() }
}

function nameMessage(problem: 'required' | 'too-long' | 'not-text'): string {
  switch (problem) {
    case 'required':
      return 'a version needs a name'
    case 'too-long':
      return `a version name has at most ${VERSION_NAME_MAX} characters`
    case 'not-text':
      return 'name must be text'
  }
}
