/** User-timing mark set when the first sync step 2 from the server arrives, before it is applied. */
export const SYNC_RECEIVED_MARK = 'samkart:sync-received'
/** User-timing mark set once the first sync step 2 has been applied to the document. */
export const SYNC_APPLIED_MARK = 'samkart:sync-applied'

/**
 * Marks the first arrival of the board's content, so benchmarks and the browser's performance
 * panel can tell the network and the document's decoding apart from the canvas's own time to
 * show the cards (docs/performance.md). Marks once per connection; a mark costs microseconds.
 */
export function createSyncMarks() {
  let marked = false
  return {
    /** Call around the first sync step 2's handling. */
    around(handle: () => void) {
      if (marked) return handle()
      marked = true
      performance.mark(SYNC_RECEIVED_MARK)
      handle()
      performance.mark(SYNC_APPLIED_MARK)
    },
  }
}
