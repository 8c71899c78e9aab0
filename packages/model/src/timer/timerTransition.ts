import type { ApiRefusal } from '../api/ApiRefusal'
import type { TimerAction } from '../api/Timer'
import { TIMER_MAX_MS, type TimerState, timerRemaining } from './timerRoot'

/**
 * The timer after `action` at server time `now`, or why the action does not apply (pausing a
 * stopped timer: `409 timer_not_running`). Pure, so the server's rules are tested alone.
 */
export function timerTransition(
  state: TimerState,
  action: TimerAction,
  now: number,
): { ok: true; value: TimerState } | { ok: false; refusal: ApiRefusal } {
  const conflict = (code: string, message: string) =>
    ({ ok: false, refusal: { status: 409, code, message } }) as const
  switch (action.action) {
    case 'start':
      return {
        ok: true,
        value: {
          status: 'running',
          durationMs: action.durationMs,
          endsAt: now + action.durationMs,
          remainingMs: action.durationMs,
        },
      }
    case 'pause':
      if (state.status !== 'running')
        return conflict('timer_not_running', 'the timer is not running')
      return {
        ok: true,
        value: { ...state, status: 'paused', remainingMs: timerRemaining(state, now) },
      }
    case 'resume':
      if (state.status !== 'paused') return conflict('timer_not_paused', 'the timer is not paused')
      return { ok: true, value: { ...state, status: 'running', endsAt: now + state.remainingMs } }
    case 'extend': {
      if (state.status === 'stopped') return conflict('timer_stopped', 'no timer to extend')
      const add = action.minutes * 60_000
      const left = timerRemaining(state, now)
      if (left + add > TIMER_MAX_MS)
        return conflict('timer_too_long', 'the timer would run too long')
      // A running timer that already reached zero counts on from now, not from its old end.
      return state.status === 'running'
        ? {
            ok: true,
            value: { ...state, durationMs: state.durationMs + add, endsAt: now + left + add },
          }
        : {
            ok: true,
            value: { ...state, durationMs: state.durationMs + add, remainingMs: left + add },
          }
    }
    case 'stop':
      return { ok: true, value: { status: 'stopped', durationMs: 0, endsAt: 0, remainingMs: 0 } }
    default: {
      const unreachable: never = action
      throw new Error(`unknown timer action ${JSON.stringify(unreachable)}`)
    }
  }
}
