import { isValidId } from '@samkart/model'

/** The app's pages. */
export type Route = { page: 'start' } | { page: 'board'; boardId: string } | { page: 'not-found' }

/** Path of a board's page. */
export const boardPath = (boardId: string) => `/b/${encodeURIComponent(boardId)}`

/**
 * Maps a URL path to a page: `/` is the start page, `/b/<id>` a board. A trailing slash is
 * tolerated; an id that could never exist goes straight to "not found" instead of a socket.
 */
export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '') return { page: 'start' }
  const board = /^\/b\/([^/]+)$/.exec(path)
  if (board) {
    let id: string
    try {
      id = decodeURIComponent(board[1]!)
    } catch {
      return { page: 'not-found' }
    }
    if (isValidId(id)) return { page: 'board', boardId: id }
  }
  return { page: 'not-found' }
}
