import { readEntity } from '@samkart/model'
import { useEffect } from 'react'
import type * as Y from 'yjs'
import type { TouchpointSelection } from '../journey/touchpointSelection'
import { useSubscribable } from '../presence/useSubscribable'
import { useCommentsBridge } from './CommentsBridge'

/** How many frames to wait for the journey's table to show the item. */
const MAX_FRAMES = 30

/**
 * In a journey: when the «Kommentarer» panel asks to show one of its touchpoints or phases, selects the
 * touchpoint (its panel opens) or finds the phase, scrolls it into view and moves focus there.
 */
export function useJourneyCommentJump(
  doc: Y.Doc,
  journeyId: string,
  selection: TouchpointSelection,
): void {
  const bridge = useCommentsBridge()
  const jump = useSubscribable(bridge?.jump, null)
  useEffect(() => {
    if (!bridge || !jump || (jump.kind !== 'touchpoint' && jump.kind !== 'phase')) return
    // Another journey's item: the journey it is in takes it once the route has switched.
    if (readEntity(doc, jump.kind, jump.id)?.journeyId !== journeyId) return
    if (jump.kind === 'touchpoint') selection.set([jump.id])
    const key = jump.kind === 'touchpoint' ? `tp-title-${jump.id}` : `phase-comments-${jump.id}`
    let frames = 0
    let frame = 0
    const attempt = () => {
      const el = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)
      if (!el && frames++ < MAX_FRAMES) {
        frame = requestAnimationFrame(attempt)
        return
      }
      el?.scrollIntoView({ block: 'nearest', inline: 'center' })
      if (jump.focus) el?.focus({ preventScroll: true })
      bridge.jumped()
    }
    frame = requestAnimationFrame(attempt)
    return () => cancelAnimationFrame(frame)
  }, [bridge, jump, selection, doc, journeyId])
}
