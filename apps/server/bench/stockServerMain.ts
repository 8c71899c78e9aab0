/**
 * The stock server for bench/stockServer.ts: what `@y/websocket-server` 0.1.1's own
 * `src/server.js` runs (`ws` + `setupWSConnection`, documents in memory, no persistence), but
 * on 127.0.0.1 and a free port, which it prints as `listening on <port>`. Compiled to plain
 * JavaScript and run by plain `node`, as Samkart's `dist/main.js` is, so neither pays for a
 * TypeScript loader in its memory or start.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { setupWSConnection } from '@y/websocket-server/utils'

const wss = new WebSocketServer({ noServer: true })
wss.on('connection', setupWSConnection)

const http = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
http.on('upgrade', (request, socket, head) =>
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)),
)
http.listen(0, '127.0.0.1', () =>
  console.log(`listening on ${(http.address() as AddressInfo).port}`),
)
process.on('SIGTERM', () => process.exit(0))
