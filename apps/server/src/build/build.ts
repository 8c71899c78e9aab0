/**
 * `pnpm --filter @samkart/server build`: compiles the server into `apps/server/dist`, which
 * `pnpm start` then runs with plain `node` (see `buildServer`).
 */
import { buildServer } from './buildServer'

const started = performance.now()
await buildServer()
console.log(`Server built into apps/server/dist in ${Math.round(performance.now() - started)} ms`)
