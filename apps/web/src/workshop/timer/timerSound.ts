import { useCallback, useState } from 'react'

const KEY = 'samkart.timerSound'

/** Whether this person wants a sound when the timer ends: off unless they turned it on. */
export function useTimerSound(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return window.localStorage.getItem(KEY) === 'on'
    } catch {
      return false
    }
  })
  const set = useCallback((value: boolean) => {
    setOn(value)
    try {
      window.localStorage.setItem(KEY, value ? 'on' : 'off')
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, [])
  return [on, set]
}

/** Reads the choice outside React (the header timer plays the sound). */
export function timerSoundOn(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on'
  } catch {
    return false
  }
}

/** Two soft beeps through WebAudio: a signal, not an alarm. */
export function playTimerBeep(): void {
  const Context = window.AudioContext as typeof AudioContext | undefined
  if (!Context) return
  const audio = new Context()
  for (const start of [0, 0.35]) {
    const osc = audio.createOscillator()
    const gain = audio.createGain()
    osc.frequency.value = 660
    gain.gain.setValueAtTime(0.0001, audio.currentTime + start)
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + start + 0.03)
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + start + 0.25)
    osc.connect(gain).connect(audio.destination)
    osc.start(audio.currentTime + start)
    osc.stop(audio.currentTime + start + 0.3)
  }
  window.setTimeout(() => void audio.close(), 1000)
}
