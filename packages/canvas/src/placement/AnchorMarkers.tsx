import { ViewportPortal } from '@xyflow/react'
import { memo } from 'react'
import { useActorMap } from '../ActorMapContext'
import { boxExit } from '../relations/edgeGeometry'
import { useSelection } from '../selection/useSelection'
import type { AnchorMarker } from './createNodePlacer'
import './placement.css'

/** Radius of the dot at a card's exact score, in flow units. */
const DOT = 4

/**
 * The exact place of a card drawn away from it: a dot at the true point and a thin leader line
 * from the card's edge to the dot, as scatter plots label crowded points. Shown for the
 * selected cards, over the other cards (in a crowded cell a card's true point is often under
 * another card); with «Vis eksakte punkter» for every card, then behind the cards, so a full
 * cell does not turn into a web of lines. One SVG of two paths however many cards there are.
 * Decorative: the details panel gives the exact scores, and the card's spoken category
 * carries the meaning.
 */
function AnchorMarkersView({ markers }: { markers: readonly AnchorMarker[] }) {
  const { selection, exactPoints } = useActorMap()
  const { actors } = useSelection(selection)
  const selected = markers.filter((m) => actors.has(m.id))
  const others = exactPoints ? markers.filter((m) => !actors.has(m.id)) : []
  if (selected.length === 0 && others.length === 0) return null
  return (
    <ViewportPortal>
      {others.length > 0 && <MarkerPaths markers={others} behind />}
      {selected.length > 0 && <MarkerPaths markers={selected} />}
    </ViewportPortal>
  )
}

/** One SVG of two paths (leader lines and dots), above or behind the cards. */
function MarkerPaths({ markers, behind = false }: { markers: AnchorMarker[]; behind?: boolean }) {
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
    <svg className="samkart-anchors" data-behind={behind || undefined} aria-hidden="true">
      <path className="samkart-anchors__lines" d={lines} />
      <path className="samkart-anchors__dots" d={dots} />
    </svg>
  )
}

/** See {@link AnchorMarkersView}; re-renders only when the markers change. */
export const AnchorMarkers = memo(AnchorMarkersView)
