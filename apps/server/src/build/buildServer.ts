import { readFileSync } from 'node:fs'
import { build } from 'esbuild'

/** The server package's folder (`apps/server`), found from this file. */
const SERVER_DIR = new URL('../../', import.meta.url)

/** Where `pnpm build` writes the server: `apps/server/dist`. */
export const DIST_DIR = new URL('dist/', SERVER_DIR)

/**
 * Compiles the server to JavaScript that plain `node` runs: `main.js` (the server) and, beside
 * it, `heavyWorker.js` (its worker threads; see `work/workerScript.ts`), in `outDir`.
 *
 * The workspace packages (`@samkart/model`, `export`, `i18n`) are TypeScript source, so they are
 * bundled in, with what they alone depend on. The server's own npm dependencies stay outside
 * and are loaded from `node_modules` as they are: native addons (better-sqlite3, resvg) cannot
 * be bundled, and keeping `yjs` outside keeps one copy of it for everything. `exceljs` is only
 * loaded by the table export, which the server never runs (the CLI does, through tsx).
 * `pdfkit` is a server dependency only to stay outside: its Node build loads its fonts' metrics
 * from its own package (`#standard-fonts/…`) at run time, which a bundle no longer is.
 */
export async function buildServer(outDir: URL = DIST_DIR): Promise<void> {
  const manifest = JSON.parse(readFileSync(new URL('package.json', SERVER_DIR), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const external = Object.keys(manifest.dependencies).filter((d) => !d.startsWith('@samkart/'))
  await build({
    absWorkingDir: new URL('.', SERVER_DIR).pathname,
    entryPoints: { main: 'src/main.ts', heavyWorker: 'src/work/heavyWorker.ts' },
    outdir: new URL('.', outDir).pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Optional native speed-ups of ws, and the table export's workbook library (see above).
    external: [...external, 'bufferutil', 'utf-8-validate', 'exceljs'],
    // Bundled CommonJS code may `require` Node's modules, which ESM has no `require` for.
    banner: {
      js: "import { createRequire as __samkartRequire } from 'node:module'; const require = __samkartRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}
