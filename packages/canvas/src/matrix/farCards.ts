import { createContext, useContext } from 'react'

/**
 * Below this zoom a card's text is under 5 px high and cannot be read, so on a big board
 * (`CULL_FROM_CARDS`) cards are drawn as blocks in their category's colour (level of detail, as
 * Kumu and Miro do when zoomed out). The network view of a big board opens at the smallest zoom
 * with ~1,000 cards in view; the blocks take a third of a full card's elements, icons and text
 * to style, lay out and paint. A small board keeps its cards whole at any zoom.
 */
export const FAR_ZOOM = 0.35

/** `true` while a big board is zoomed out past {@link FAR_ZOOM}; provided by `ActorFlow`. */
export const FarCardsContext = createContext(false)

/** Whether cards are drawn as blocks now (see {@link FAR_ZOOM}). */
export const useFarCards = () => useContext(FarCardsContext)
