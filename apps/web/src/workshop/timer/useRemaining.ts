import { type TimerState, timerRemaining } from '@samkart/model'
import { useEffect, useState } from 'react'

/** How often a running timer's display is refreshed; a quarter second keeps seconds exact. */
const TICK_MS = 250

/**
 * Milliseconds left on `state`, on the server's clock (`Date.now() + offset`), refreshed while
 * it runs and has time left.
 */
export function useRemaining(state: TimerState, offset: number): number {
  const compute = () => timerRemaining(state, Date.now() + offset)
  const [remaining, setRemaining] = useState(compute)
  useEffect(() => {
    const tick = () => setRemaining(timerRemaining(state, Date.now() + offset))
    tick()
    if (state.status !== 'running') return
    const id = window.setInterval(tick, TICK_MS)
    return () => window.clearInterval(id)
  }, [state, offset])
  return remaining
}
