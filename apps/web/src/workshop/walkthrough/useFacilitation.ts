import { type FocusTarget, createViewControls, useStoredFlag } from '@samkart/canvas'
import {
  LOCKS_ROOT,
  PRESENTATION_ROOT,
  readLocks,
  readPresentation,
  readSavedViews,
  savedViewSpec,
} from '@samkart/model'
import { useEffect, useMemo, useRef, useState } from 'react'
import * as Y from 'yjs'
import type { BoardSession } from '../../board/useBoardConnection'
import type { Facilitation } from './FacilitationContext'
import { stepFilter, stepViewport } from './stepView'
import { sameJson, useDocRead } from './useDocRead'

/** Remembered per browser: a calmer screen is a personal choice, for every board. */
const HIDE_CURSORS_KEY = 'samkart.hideCursors'

/**
 * The board's locks and walkthrough, and this tab's part in them: follows the running
 * walkthrough (each new step moves this tab there, as a summon does: route, mode, viewport,
 * filter) until the person leaves it, and again when they rejoin or a new walkthrough starts.
 */
export function useFacilitation(session: BoardSession | null): Facilitation | null {
  const doc = session?.doc
  const [controls] = useState(() => createViewControls())
  const empty = useMemo(() => new Y.Doc(), [])
  const locks = useDocRead(doc ?? empty, [LOCKS_ROOT], readLocks, sameJson)
  const steps = useDocRead(doc ?? empty, [savedViewSpec.root], readSavedViews, sameJson)
  const presentation = useDocRead(doc ?? empty, [PRESENTATION_ROOT], readPresentation, sameJson)
  const [following, setFollowing] = useState(true)
  const [ownFocus, setOwnFocus] = useState(false)
  const [hideCursors, setHideCursors] = useStoredFlag(HIDE_CURSORS_KEY, false)
  const current = useMemo(() => {
    const index = presentation ? steps.findIndex((s) => s.id === presentation.step) : -1
    return index >= 0 ? { step: steps[index]!, index } : null
  }, [presentation, steps])

  // A new walkthrough takes everyone along, also those who left the last one.
  const running = presentation !== null
  useEffect(() => {
    if (running) setFollowing(true)
  }, [running])

  // Each step (and rejoining) moves this tab there once; later edits of the step do not.
  const presence = session?.collab.presence
  const shown = useRef<string | null>(null)
  const step = following ? (current?.step ?? null) : null
  useEffect(() => {
    if (!presence) return
    if (!step) {
      if (shown.current !== null && presence.target.get()?.kind === 'show') presence.stopFollowing()
      shown.current = null
      return
    }
    if (shown.current === step.id) return
    shown.current = step.id
    controls.filter.set(stepFilter(step))
    presence.show(step.name, stepViewport(step))
  }, [presence, step, controls])

  useEffect(() => controls.hideCursors.set(hideCursors), [controls, hideCursors])
  const focusOn = ownFocus || (presentation?.focus === true && following)
  const phaseId = following ? current?.step.phaseId || null : null
  useEffect(() => {
    const focus: FocusTarget | null = focusOn ? { actorIds: 'selection', phaseId } : null
    controls.focus.set(focus)
  }, [controls, focusOn, phaseId])

  return useMemo(
    () =>
      doc
        ? {
            doc,
            controls,
            locks,
            steps,
            presentation,
            current,
            following,
            setFollowing,
            ownFocus,
            setOwnFocus,
            hideCursors,
            setHideCursors,
          }
        : null,
    [
      doc,
      controls,
      locks,
      steps,
      presentation,
      current,
      following,
      ownFocus,
      hideCursors,
      setHideCursors,
    ],
  )
}
