import { isValidId } from '@samkart/model'

/** The two halves of a board: the aktørkart and its brukerreiser. */
export type BoardView = 'actors' | 'journeys'

/** The app's pages. */
export type Route =
  | { page: 'start' }
  | { page: 'admin' }
  | { page: 'board'; boardId: string; view: BoardView; journeyId?: string }
  | { page: 'not-found' }

/** Path of the administrator's overview of every board. */
export const ADMIN_PATH = '/admin'

/** Path of a board's page: the aktørkart by default. */
export const boardPath = (boardId: string) => `/b/${encodeURIComponent(boardId)}`

/** Path of a board's journeys, or of one open journey. */
export const journeysPath = (boardId: string, journeyId?: string) =>
  `${boardPath(boardId)}/reiser${journeyId ? `/${encodeURIComponent(journeyId)}` : ''}`

function decodeId(raw: string): string | null {
  try {
    const id = decodeURIComponent(raw)
    return isValidId(id) ? id : null
  } catch {
    return null
  }
}

/**
 * Maps a URL path to a page: `/` is the start page, `/admin` the administrator's overview,
 * `/b/<id>` a board's aktørkart,
 * `/b/<id>/reiser` its journeys and `/b/<id>/reiser/<journey>` one journey, so a link to the
 * open journey can be shared in the workshop. A trailing slash is tolerated; an id that could
 * never exist goes straight to "not found" instead of a socket.
 */
export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '') return { page: 'start' }
  if (path === ADMIN_PATH) return { page: 'admin' }
  const board = /^\/b\/([^/]+)(?:\/reiser(?:\/([^/]+))?)?$/.exec(path)
  if (!board) return { page: 'not-found' }
  const boardId = decodeId(board[1]!)
  if (!boardId) return { page: 'not-found' }
  if (!path.slice(3 + board[1]!.length).startsWith('/reiser'))
    return { page: 'board', boardId, view: 'actors' }
  if (board[2] === undefined) return { page: 'board', boardId, view: 'journeys' }
  const journeyId = decodeId(board[2])
  return journeyId ? { page: 'board', boardId, view: 'journeys', journeyId } : { page: 'not-found' }
}
