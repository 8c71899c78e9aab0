import type * as Y from 'yjs'
import type { FieldSpec } from '../field'

/**
 * Root map of the board's shared countdown, written by the server only (docs/doc-schema.md,
 * «timer»). Times are on the server's clock, so every client converts with its own offset
 * (`estimateClockOffset`) and all see the same remaining time.
 */
export const TIMER_ROOT = 'timer'

/** `running`: counts down to `endsAt`; `paused`: `remainingMs` left; `stopped`: no timer. */
export const TIMER_STATUSES = ['running', 'paused', 'stopped'] as const
export type TimerStatus = (typeof TIMER_STATUSES)[number]

/** The longest countdown: a workshop day. */
export const TIMER_MAX_MS = 12 * 60 * 60 * 1000

const DURATION: FieldSpec = { kind: 'number', min: 0, max: TIMER_MAX_MS, integer: true }
const TIMER_FIELDS: Readonly<Record<string, FieldSpec>> = {
  status: { kind: 'enum', values: TIMER_STATUSES },
  durationMs: DURATION,
  endsAt: { kind: 'number', min: 0, max: 8.64e15, integer: true },
  remainingMs: DURATION,
}

/** The spec of one key of {@link TIMER_ROOT}; `undefined` for any other key. */
export function timerField(key: string): FieldSpec | undefined {
  return Object.hasOwn(TIMER_FIELDS, key) ? TIMER_FIELDS[key] : undefined
}

/** The timer as stored. */
export interface TimerState {
  status: TimerStatus
  /** The countdown's full length: as started, plus every extension. */
  durationMs: number
  /** Server ms at which a running timer reaches zero. */
  endsAt: number
  /** What was left when it was paused. */
  remainingMs: number
}

export const STOPPED_TIMER: TimerState = {
  status: 'stopped',
  durationMs: 0,
  endsAt: 0,
  remainingMs: 0,
}

/** Reads the timer; a board that never had one reads as stopped. */
export function readTimer(doc: Y.Doc): TimerState {
  const root = doc.getMap<unknown>(TIMER_ROOT)
  const status = root.get('status')
  const num = (key: string) => {
    const v = root.get(key)
    return typeof v === 'number' && Number.isFinite(v) ? v : 0
  }
  return {
    status: TIMER_STATUSES.includes(status as TimerStatus) ? (status as TimerStatus) : 'stopped',
    durationMs: num('durationMs'),
    endsAt: num('endsAt'),
    remainingMs: num('remainingMs'),
  }
}

/** Writes the timer (server only); only changed keys are written. */
export function writeTimer(doc: Y.Doc, state: TimerState, origin: unknown): void {
  doc.transact(() => {
    const root = doc.getMap<unknown>(TIMER_ROOT)
    for (const [key, value] of Object.entries(state))
      if (root.get(key) !== value) root.set(key, value)
  }, origin)
}

/** Milliseconds left at server time `serverNow`, never below zero; `0` when stopped. */
export function timerRemaining(state: TimerState, serverNow: number): number {
  switch (state.status) {
    case 'running':
      return Math.max(0, state.endsAt - serverNow)
    case 'paused':
      return state.remainingMs
    case 'stopped':
      return 0
    default: {
      const unreachable: never = state.status
      throw new Error(`unknown timer status ${String(unreachable)}`)
    }
  }
}
