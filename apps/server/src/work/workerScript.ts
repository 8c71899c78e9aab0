/** The script a worker thread runs, and what it is given. */
export interface WorkerScript {
  url: URL
  workerData?: unknown
}

/**
 * The heavy-work worker's script, found beside this module: `heavyWorker.js` in the compiled
 * server (`dist/`, where the build puts it next to `main.js`), or, when the server runs from
 * TypeScript (tests, `pnpm dev`), `heavyWorker.ts` through `tsWorker.mjs`, which registers tsx
 * in the thread first: a worker thread does not inherit the loader of its parent.
 */
export function heavyWorkerScript(): WorkerScript {
  const here = import.meta.url
  if (!/\.ts$/.test(new URL(here).pathname)) return { url: new URL('./heavyWorker.js', here) }
  return {
    url: new URL('./tsWorker.mjs', here),
    workerData: { entry: new URL('./heavyWorker.ts', here).href },
  }
}
