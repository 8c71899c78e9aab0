import type * as Y from 'yjs'

/** Polls `check` until it holds; throws after `timeoutMs`, so a stuck benchmark ends. */
export async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('benchmark timed out waiting for a condition')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

/** Resolves on the next update `doc` applies from the network. */
export const nextRemoteUpdate = (doc: Y.Doc) =>
  new Promise<void>((resolve) => {
    const handler = (_u: Uint8Array, _o: unknown, _d: Y.Doc, tr: Y.Transaction) => {
      if (tr.local) return
      doc.off('update', handler)
      resolve()
    }
    doc.on('update', handler)
  })

/** The `p`th percentile of `samples` (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((x, y) => x - y)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
