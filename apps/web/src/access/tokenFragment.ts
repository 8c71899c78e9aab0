/**
 * Share links carry their token in the URL fragment (`/b/<id>#token=<token>`), which browsers
 * never send to the server, so it stays out of access logs and `Referer` headers. The app reads
 * it once, keeps it in the browser, and takes it out of the address bar.
 */

/** Tokens are two base64url parts and a dot; anything far longer is not one. */
const TOKEN_MAX = 2048

/**
 * The token in a fragment such as `#token=abc.def` (other fragment parameters are allowed), or
 * `null` if there is none. A malformed value is still returned: the server decides, and then
 * says why it refused, which helps more than silently ignoring the link.
 */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  const token = params.get('token')?.trim()
  return token && token.length <= TOKEN_MAX ? token : null
}

/** The fragment with the token taken out: `''` if nothing else was there. */
export function fragmentWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  if (!params.has('token')) return hash
  params.delete('token')
  const rest = params.toString()
  return rest ? `#${rest}` : ''
}

/** The address of a board that opens it with `token`: what a facilitator copies and shares. */
export function shareUrl(origin: string, boardId: string, token: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}#token=${token}`
}

/**
 * Reads the token from the current address and removes it from the address bar (replacing the
 * history entry, so Back does not bring it back either). Returns `null` when there is none.
 */
export function takeTokenFromLocation(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  const token = tokenFromFragment(location.hash)
  if (token === null) return null
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${fragmentWithoutToken(location.hash)}`,
  )
  return token
}
