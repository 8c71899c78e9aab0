/** Options of {@link waitFor}. */
export interface WaitForOptions {
  timeoutMs?: number
  intervalMs?: number
  /** What is awaited, for the timeout message. */
  what?: string
}

/**
 * Polls `check` until it returns a truthy value (which is returned) or the timeout passes.
 * Tests wait for conditions, never for fixed durations, so they are as fast as the machine
 * allows and do not flake on a slow one. A throwing check counts as "not yet".
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 5, what = 'condition' }: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value as NonNullable<T>
    } catch (err) {
      lastError = err
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : ''
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
