import { type TimeSample, bestClockOffset } from '@samkart/model'
import { useEffect, useState } from 'react'
import { fetchServerTime } from '../../api/votesApi'

/** Round trips per measurement: the shortest one gives the offset. */
const SAMPLES = 3

let offset = 0
let measuring: Promise<number> | null = null

/**
 * How far the server's clock is ahead of this browser's, measured once per page (three round
 * trips to `GET /api/time`, the shortest trusted): a participant whose clock is minutes wrong
 * still sees the timer everyone sees. Until measured (or offline) the local clock is used.
 */
export function measureClockOffset(): Promise<number> {
  measuring ??= (async () => {
    const samples: TimeSample[] = []
    for (let i = 0; i < SAMPLES; i++) {
      const sentAt = Date.now()
      const answer = await fetchServerTime()
      const receivedAt = Date.now()
      if (answer.ok) samples.push({ sentAt, serverNow: answer.value.now, receivedAt })
    }
    offset = bestClockOffset(samples)
    return offset
  })()
  return measuring
}

/** The server clock's offset from this browser's, re-rendering once it is measured. */
export function useClockOffset(): number {
  const [value, setValue] = useState(offset)
  useEffect(() => {
    let live = true
    void measureClockOffset().then((measured) => live && setValue(measured))
    return () => {
      live = false
    }
  }, [])
  return value
}
