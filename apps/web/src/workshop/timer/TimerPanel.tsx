import {
  Button,
  Paragraph,
  Switch,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { TimerAction } from '@samkart/model'
import { type FormEvent, useState } from 'react'
import { changeTimer } from '../../api/votesApi'
import type { WorkshopContext } from '../WorkshopTab'
import { formatCountdown } from './formatCountdown'
import { useClockOffset } from './serverClock'
import { useTimerSound } from './timerSound'
import { useRemaining } from './useRemaining'
import { useTimerState } from './useTimerState'
import './timer.css'

/**
 * «Tidtaker» in the workshop rail: the facilitator starts, pauses, resumes, extends and stops
 * the shared countdown (through the server, which writes it for everyone); everyone can turn
 * the end-of-time sound on for themselves.
 */
export function TimerPanel({ session, boardId, token, role }: WorkshopContext) {
  const t = useT()
  const state = useTimerState(session.doc)
  const remaining = useRemaining(state, useClockOffset())
  const [minutes, setMinutes] = useState('5')
  const [error, setError] = useState('')
  const [sound, setSound] = useTimerSound()
  const facilitator = role === 'facilitator'

  const act = async (action: TimerAction) => {
    const done = await changeTimer(boardId, token, action)
    setError(done.ok ? '' : t('timer.error'))
  }
  const start = (event: FormEvent) => {
    event.preventDefault()
    const value = Number(minutes.replace(',', '.'))
    if (!Number.isFinite(value) || value <= 0 || value > 720) return setError(t('timer.error'))
    void act({ action: 'start', durationMs: Math.round(value * 60_000) })
  }

  return (
    <div className="timer-panel">
      <Paragraph className="timer-panel__big" aria-hidden={state.status === 'stopped'}>
        {state.status === 'stopped' ? '' : formatCountdown(remaining)}
      </Paragraph>
      {state.status === 'stopped' && <Paragraph data-size="sm">{t('timer.stopped')}</Paragraph>}
      {facilitator && (
        <>
          <form className="timer-panel__row" onSubmit={start} noValidate>
            <Textfield
              data-size="sm"
              label={t('timer.minutes')}
              inputMode="decimal"
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
              autoComplete="off"
              size={4}
            />
            <Button type="submit" data-size="sm">
              {t('timer.start')}
            </Button>
          </form>
          {state.status !== 'stopped' && (
            <div className="timer-panel__row">
              {state.status === 'running' ? (
                <Button
                  data-size="sm"
                  variant="secondary"
                  onClick={() => void act({ action: 'pause' })}
                >
                  {t('timer.pause')}
                </Button>
              ) : (
                <Button
                  data-size="sm"
                  variant="secondary"
                  onClick={() => void act({ action: 'resume' })}
                >
                  {t('timer.resume')}
                </Button>
              )}
              {[1, 5].map((m) => (
                <Button
                  key={m}
                  data-size="sm"
                  variant="secondary"
                  onClick={() => void act({ action: 'extend', minutes: m })}
                >
                  {t('timer.extend', { minutes: m })}
                </Button>
              ))}
              <Button
                data-size="sm"
                variant="tertiary"
                onClick={() => void act({ action: 'stop' })}
              >
                {t('timer.stop')}
              </Button>
            </div>
          )}
          {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
        </>
      )}
      <Switch
        data-size="sm"
        label={t('timer.sound')}
        checked={sound}
        onChange={(event) => setSound(event.target.checked)}
      />
    </div>
  )
}
