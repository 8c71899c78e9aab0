import { type RefObject, useCallback } from 'react'
import { findCard } from '../matrix/cardElements'

/** How many frames to wait for a new card to be rendered and measured before giving up. */
const MAX_FRAMES = 30

/**
 * Selects a card and moves keyboard focus to it, e.g. after it was added or picked from the
 * list, so the next arrow key moves it. A card that was just created may take a few frames to
 * appear (document → state → React Flow → measurement), hence the retry.
 */
export function useCardFocus(
  containerRef: RefObject<HTMLElement | null>,
  select: (id: string) => void,
): (id: string) => void {
  return useCallback(
    (id: string) => {
      select(id)
      let frames = 0
      const attempt = () => {
        const container = containerRef.current
        const card = container && findCard(container, id)
        if (card) card.focus()
        else if (frames++ < MAX_FRAMES) requestAnimationFrame(attempt)
      }
      requestAnimationFrame(attempt)
    },
    [containerRef, select],
  )
}
