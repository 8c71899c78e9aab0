/**
 * The WebSocket base URL for a page served from `location`: the server takes sockets at
 * `/ws/<boardId>` on the same origin, so the app works behind any host name and TLS proxy.
 */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/ws`
}
