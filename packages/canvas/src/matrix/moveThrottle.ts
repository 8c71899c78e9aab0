/**
 * Rate-limits position writes during a drag: at most one write per card per `intervalMs`, with
 * the latest value written at the end of each interval, and an immediate, final write at drop.
 * Every move is a document update sent to everyone, so a 60 Hz drag written raw would flood
 * the room and grow the document (see tech-findings §1).
 */
export interface MoveThrottle<T> {
  /** A position during a drag: written now if the card's interval has passed, else later. */
  push(id: string, value: T): void
  /** The final position (drop, keyboard): written at once, replacing anything pending. */
  commit(id: string, value: T): void
  /** Writes whatever is pending and stops the timers (unmount mid-drag loses nothing). */
  dispose(): void
}

/** Creates a {@link MoveThrottle} that calls `write` for each card independently. */
export function createMoveThrottle<T>(
  write: (id: string, value: T) => void,
  intervalMs = 50,
): MoveThrottle<T> {
  const lastWrite = new Map<string, number>()
  const pending = new Map<string, { value: T; timer: ReturnType<typeof setTimeout> }>()

  const writeNow = (id: string, value: T) => {
    const entry = pending.get(id)
    if (entry) clearTimeout(entry.timer)
    pending.delete(id)
    lastWrite.set(id, Date.now())
    write(id, value)
  }

  return {
    push(id, value) {
      const since = Date.now() - (lastWrite.get(id) ?? -Infinity)
      if (since >= intervalMs && !pending.has(id)) return writeNow(id, value)
      const entry = pending.get(id)
      if (entry) {
        entry.value = value
        return
      }
      const timer = setTimeout(() => {
        const latest = pending.get(id)
        if (latest) writeNow(id, latest.value)
      }, intervalMs - since)
      pending.set(id, { value, timer })
    },
    commit: writeNow,
    dispose() {
      for (const [id, entry] of [...pending]) writeNow(id, entry.value)
    },
  }
}
