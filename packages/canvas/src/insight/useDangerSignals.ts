import { DANGER_SIGNALS_ROOT, type DangerSignalState, readDangerSignals } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** The danger-signal checklist, live: anyone's tick or note shows for everyone at once. */
export function useDangerSignals(doc: Y.Doc): DangerSignalState[] {
  const [signals, setSignals] = useState(() => readDangerSignals(doc))
  useEffect(() => {
    const root = doc.getMap(DANGER_SIGNALS_ROOT)
    const refresh = () => setSignals(readDangerSignals(doc))
    refresh()
    root.observe(refresh)
    return () => root.unobserve(refresh)
  }, [doc])
  return signals
}
