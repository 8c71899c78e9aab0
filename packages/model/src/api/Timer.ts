import { TIMER_MAX_MS } from '../timer/timerRoot'
import { type Parsed, badRequest } from './ApiRefusal'

/**
 * `POST /api/boards/:id/timer` (facilitator), one action per request:
 * `{ action: 'start', durationMs }`, `{ action: 'pause' }`, `{ action: 'resume' }`,
 * `{ action: 'extend', minutes }`, `{ action: 'stop' }`. Answered with the timer's state.
 */
export type TimerAction =
  | { action: 'start'; durationMs: number }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'extend'; minutes: number }
  | { action: 'stop' }

/** Most minutes one extension adds. */
export const EXTEND_MAX_MINUTES = 120

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Reads a timer action; refuses anything malformed with a reason. */
export function parseTimerAction(body: unknown): Parsed<TimerAction> {
  if (!isRecord(body)) return badRequest('invalid_body', 'body must be an object')
  switch (body.action) {
    case 'start': {
      const d = body.durationMs
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 1000 || d > TIMER_MAX_MS)
        return badRequest('invalid_duration', `durationMs must be whole, 1000–${TIMER_MAX_MS}`)
      return { ok: true, value: { action: 'start', durationMs: d } }
    }
    case 'extend': {
      const m = body.minutes
      if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > EXTEND_MAX_MINUTES)
        return badRequest('invalid_minutes', `minutes must be whole, 1–${EXTEND_MAX_MINUTES}`)
      return { ok: true, value: { action: 'extend', minutes: m } }
    }
    case 'pause':
    case 'resume':
    case 'stop':
      return { ok: true, value: { action: body.action } }
    default:
      return badRequest('invalid_action', 'action must be start, pause, resume, extend or stop')
  }
}
