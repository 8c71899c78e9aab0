/**
 * Loaded into each benchmarked server process through `NODE_OPTIONS=--import …`, Samkart's
 * and the stock one alike, so both are measured the same way from outside. It writes the
 * process id to `<dir>/pid` (the bench starts Samkart through `startCompiledServer`, which
 * does not say it), and on SIGUSR2 collects garbage twice (the first may only queue
 * finalisers) and writes `process.memoryUsage()` to `<dir>/memory.json`. `<dir>` comes from
 * `BENCH_PROBE_DIR`; without it the probe does nothing. Not named `SAMKART_…`, so the
 * server's configuration never sees it.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { isMainThread } from 'node:worker_threads'

const dir = process.env.BENCH_PROBE_DIR
// Worker threads load the probe too; only the main thread may own the signal.
if (dir && isMainThread) {
  // Node 20 refuses `--expose-gc` in NODE_OPTIONS; set at run time, a new context gets `gc`.
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  writeFileSync(join(dir, 'pid'), String(process.pid))
  process.on('SIGUSR2', () => {
    gc()
    gc()
    // Written aside and renamed, so the bench never reads half a file.
    const part = join(dir, 'memory.json.part')
    writeFileSync(part, JSON.stringify(process.memoryUsage()))
    renameSync(part, join(dir, 'memory.json'))
  })
}
