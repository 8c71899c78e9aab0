/**
 * `pnpm bench` (#18): Samkart against the stock `@y/websocket-server` 0.1.1, each in a process
 * of its own (bench/startMeasuredServer.ts), measured from outside in the same way. Samkart
 * runs its compiled `dist/main.js` in the default configuration (share-link tokens checked,
 * every update validated and journaled, then moved into SQLite); the stock server keeps its
 * documents in memory and checks nothing.
 *
 * (m) Cost curve at 10, 100 and 1,000 connections, 10 per board, the clients in 4 processes
 *     (a board's clients in one, so one clock times each delivery): every client moves its
 *     own actor about once a second (1 s ± 0.2 s, random phase), for `BENCH_SECONDS` after
 *     `BENCH_WARMUP` seconds, in rounds alternating Samkart / stock, so a load spike from
 *     elsewhere cannot hit one server only. Delivery latency (edit to each other client of
 *     the board having applied it), deliveries made against expected, server CPU (over the
 *     rounds, per edit, and for 5 s with everyone connected and nobody editing) and RSS, the
 *     client processes' event-loop lag and the whole machine's busy cores.
 * (n) Fan-out: one writer and 49 or 199 readers in one board, sequential edits (at most 40 a
 *     second, under Samkart's default 100 messages/s per connection), alternating servers.
 * (o) Memory per big board: 5,000-entity boards (3,000 actors + 2,000 relations) pushed by a
 *     first client, 1 and then `BENCH_BIG_BOARDS` of them; RSS and V8 heap after two full
 *     collections in the server process, against the idle server.
 *
 * Each section starts a fresh pair of servers: the stock server never forgets a document
 * (without persistence it keeps every room in memory after its last client leaves), so
 * earlier sections would weigh on its memory and not on Samkart's.
 *
 * Run it under the machine's benchmark lock: `flock /tmp/samkart-browser.lock tsx
 * bench/stockServer.ts`. Knobs: BENCH_SIZES (10,100,1000), BENCH_SECONDS (15),
 * BENCH_WARMUP (3), BENCH_ROUNDS (2 per server), BENCH_FANOUT (50,200), BENCH_FANOUT_EDITS
 * (50 per round), BENCH_BIG_BOARDS (5).
 */
import { cpus, loadavg } from 'node:os'
import { compileServers } from './startMeasuredServer'
import { temp } from './stockBench'
import { costCurve } from './stockCostCurve'
import { fanOut } from './stockFanOut'
import { memoryPerBoard } from './stockMemory'

// ---------------------------------------------------------------- the run

const started = performance.now()
console.log(
  `\nSamkart against the stock @y/websocket-server 0.1.1 (${cpus().length} cores, ` +
    `Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}, ` +
    `${new Date().toISOString()})`,
)
await compileServers()
try {
  await costCurve()
  await fanOut()
  await memoryPerBoard()
} finally {
  temp.removeAll()
}
console.log(
  `\nStock server benchmark ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(load average now ${loadavg()[0]!.toFixed(1)})`,
)
process.exit(0)
