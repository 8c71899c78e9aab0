import type { Actor } from '@samkart/model'
import { networkAutoLayout } from './networkAutoLayout'
import { isPlacedInNetwork } from './networkPosition'
import type { Point } from './Rect'

/**
 * «Ordne automatisk» for a board: every actor's network position from the force layout (related
 * actors together, none on another), started from where people have put cards (the others from
 * the layout's own spiral), so an arrangement someone made stays recognisable. The canvas's button
 * writes the result for everyone. (The server lays a new template board out with
 * `networkAutoLayout` on the template's own keys, so each board from it looks the same.)
 */
export function arrangeNetwork(
  actors: readonly Pick<Actor, 'id' | 'networkX' | 'networkY'>[],
  relations: readonly { source: string; target: string }[],
): Map<string, Point> {
  return networkAutoLayout({
    ids: actors.map((a) => a.id),
    relations,
    positions: new Map(
      actors.filter(isPlacedInNetwork).map((a) => [a.id, { x: a.networkX, y: a.networkY }]),
    ),
  })
}
