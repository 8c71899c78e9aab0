/** A call that runs at most once per interval, and always once more after the last request. */
export interface Throttle {
  /** Asks for a run: at once if the last run is an interval ago, else at the interval's end. */
  request(): void
  /** Runs now if a run is waiting (e.g. before going away). */
  flush(): void
  /** Forgets a waiting run. */
  cancel(): void
}

/**
 * Throttles `run` to one call per `intervalMs`, leading and trailing: the first request runs at
 * once (a cursor starts moving without delay) and the last one always runs (it stops where the
 * pointer stopped). `now` is injectable for tests.
 */
export function createThrottle(
  run: () => void,
  intervalMs: number,
  now: () => number = () => Date.now(),
): Throttle {
  let last = -Infinity
  let timer: ReturnType<typeof setTimeout> | null = null
  const fire = () => {
    timer = null
    last = now()
    run()
  }
  return {
    request() {
      if (timer !== null) return
      const wait = last + intervalMs - now()
      if (wait <= 0) fire()
      else timer = setTimeout(fire, wait)
    },
    flush() {
      if (timer === null) return
      clearTimeout(timer)
      fire()
    },
    cancel() {
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }
}
