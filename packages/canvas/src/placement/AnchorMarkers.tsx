import { ViewportPortal } from '@xyflow/react'
import { memo } from 'react'
import { boxExit } from '../relations/edgeGeometry'
import type { AnchorMarker } from './createNodePlacer'
import './placement.css'

/** Radius of the dot at a card's exact score, in flow units. */
const DOT = 4

/**
 * The exact place of every card drawn away from it: a dot at the true point and a thin leader
 * line from the card's edge to the dot, as scatter plots label crowded points. The lines run
 * behind the cards; the dots sit on top, since in a crowded cell a card's true point is often
 * under another card. Drawn in flow coordinates as two SVGs of one path each, however many
 * cards there are. Decorative: the details panel gives the exact scores, and the card's spoken
 * category carries the meaning.
 */
function AnchorMarkersView({ markers }: { markers: readonly AnchorMarker[] }) {
  if (markers.length === 0) return null
  let lines = ''
  let dots = ''
  for (const { anchor, card } of markers) {
    const box = {
      x: card.x - card.width / 2,
      y: card.y - card.height / 2,
      width: card.width,
      height: card.height,
    }
    const from = boxExit(box, anchor)
    lines += `M${from.x},${from.y}L${anchor.x},${anchor.y}`
    dots += `M${anchor.x - DOT},${anchor.y}a${DOT},${DOT} 0 1,0 ${2 * DOT},0a${DOT},${DOT} 0 1,0 ${-2 * DOT},0`
  }
  return (
    <ViewportPortal>
      <svg className="samkart-anchors" aria-hidden="true">
        <path className="samkart-anchors__lines" d={lines} />
      </svg>
      <svg className="samkart-anchors samkart-anchors--dots" aria-hidden="true">
        <path className="samkart-anchors__dots" d={dots} />
      </svg>
    </ViewportPortal>
  )
}

/** See {@link AnchorMarkersView}; re-renders only when the markers change. */
export const AnchorMarkers = memo(AnchorMarkersView)
