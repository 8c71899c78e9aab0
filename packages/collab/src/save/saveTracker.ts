import { type ReadableStore, createStore } from '../statusStore'

/** What the tracker needs from the socket. */
export interface SaveTrackerOptions {
  /** Sends a sync step 1 on the open socket. */
  sendProbe(): void
  /**
   * Least time between two probes, so a long drag costs a probe per interval, not per write.
   * The confirmation is at most this late.
   */
  probeIntervalMs?: number
}

/**
 * Knows whether the server has stored every edit this tab made. The server handles one
 * socket's messages in order, and stores an update before it handles the next message; it
 * answers a sync step 1 with a step 2. So a step 2 that answers a step 1 sent after our edits
 * means the server has processed them (stored them, or refused and closed the socket).
 *
 * Per socket: the provider sends one step 1 when it opens and its own step 2 (carrying the
 * edits made while offline) in reply to the server's step 1; probes are sent only after that,
 * one at a time, and the replies come back in the order the step 1s went out.
 */
export interface SaveTracker {
  /** `true` while some local edit has not been confirmed by the server. */
  readonly unsaved: ReadableStore<boolean>
  /** A local edit happened (any update not from the server). */
  localEdit(): void
  /** A socket opened; the provider has sent its step 1. */
  opened(): void
  /** The server's step 1 arrived; the provider has just answered it with our step 2. */
  serverStep1(): void
  /** A step 2 arrived: the answer to the oldest step 1 still unanswered on this socket. */
  step2(): void
  /** The socket closed; unanswered probes are lost with it. */
  closed(): void
  destroy(): void
}

/** Creates a {@link SaveTracker}. Pure bookkeeping plus one timer; tested without a server. */
export function createSaveTracker(options: SaveTrackerOptions): SaveTracker {
  const interval = options.probeIntervalMs ?? 200
  let edits = 0
  let confirmed = 0
  /** Per unanswered step 1 on this socket: the edit count it covers, `null` for the provider's. */
  let awaiting: (number | null)[] = []
  let open = false
  let handshakeSent = false
  let lastProbe = -Infinity
  let timer: ReturnType<typeof setTimeout> | null = null
  const unsaved = createStore(false)
  const refresh = () => unsaved.set(confirmed < edits)

  const probeInFlight = () => awaiting.some((entry) => entry !== null)
  const probe = () => {
    timer = null
    if (!open || !handshakeSent || confirmed >= edits || probeInFlight()) return
    lastProbe = Date.now()
    awaiting.push(edits)
    options.sendProbe()
  }
  const schedule = () => {
    if (timer !== null || !open || !handshakeSent || probeInFlight() || confirmed >= edits) return
    timer = setTimeout(probe, Math.max(0, lastProbe + interval - Date.now()))
  }
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  return {
    unsaved,
    localEdit() {
      edits++
      refresh()
      schedule()
    },
    opened() {
      stopTimer()
      open = true
      handshakeSent = false
      awaiting = [null]
    },
    serverStep1() {
      if (!open) return
      handshakeSent = true
      schedule()
    },
    step2() {
      const covered = awaiting.shift()
      if (covered !== undefined && covered !== null) confirmed = Math.max(confirmed, covered)
      refresh()
      schedule()
    },
    closed() {
      stopTimer()
      open = false
      handshakeSent = false
      awaiting = []
    },
    destroy() {
      stopTimer()
      open = false
    },
  }
}
