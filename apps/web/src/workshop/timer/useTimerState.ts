import { TIMER_ROOT, type TimerState, readTimer } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** The board's shared timer as the server last wrote it, re-rendering on change. */
export function useTimerState(doc: Y.Doc): TimerState {
  const [state, setState] = useState(() => readTimer(doc))
  useEffect(() => {
    const root = doc.getMap(TIMER_ROOT)
    const update = () => setState(readTimer(doc))
    update()
    root.observe(update)
    return () => root.unobserve(update)
  }, [doc])
  return state
}
