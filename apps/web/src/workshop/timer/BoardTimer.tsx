import { useT } from '@samkart/i18n/react'
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { formatCountdown } from './formatCountdown'
import { useClockOffset } from './serverClock'
import { playTimerBeep, timerSoundOn } from './timerSound'
import { useRemaining } from './useRemaining'
import { useTimerState } from './useTimerState'
import './timer.css'

/**
 * The shared countdown in the board's header, for everyone while a timer is set: compact
 * («12:34» with a clock), a `timer` role that screen readers do not announce every second,
 * and at zero a gentle pulse, «Tiden er ute» said once politely, and a beep for those who
 * turned sound on.
 */
export function BoardTimer({ doc }: { doc: Y.Doc }) {
  const t = useT()
  const state = useTimerState(doc)
  const offset = useClockOffset()
  const remaining = useRemaining(state, offset)
  const done = state.status === 'running' && remaining === 0
  const [announce, setAnnounce] = useState('')
  // The end seen while this page was open, not a timer that had run out before it opened.
  const wasRunning = useRef(false)
  useEffect(() => {
    if (state.status === 'running' && remaining > 0) wasRunning.current = true
    if (!done) return setAnnounce('')
    if (!wasRunning.current) return
    wasRunning.current = false
    setAnnounce(t('timer.done'))
    if (timerSoundOn()) playTimerBeep()
  }, [done, remaining, state.status, t])

  const time = formatCountdown(remaining)
  const label = done
    ? t('timer.done')
    : state.status === 'paused'
      ? t('timer.paused', { time })
      : t('timer.label', { time })
  return (
    <>
      {state.status !== 'stopped' && (
        <div
          role="timer"
          aria-label={label}
          className={`board-timer${done ? ' board-timer--done' : ''}${state.status === 'paused' ? ' board-timer--paused' : ''}`}
        >
          <TimerIcon />
          <span aria-hidden="true">{time}</span>
        </div>
      )}
      <span className="samkart-visually-hidden" aria-live="polite">
        {announce}
      </span>
    </>
  )
}

/** A stopwatch (decorative: the timer's label says what it is). */
export function TimerIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
        <circle cx="12" cy="13" r="8" />
        <path d="M12 9v4l2.5 2.5M9.5 2.5h5M12 2.5V5" />
      </g>
    </svg>
  )
}
