import { type Actor, type ActorCategory, type Relation, actorCategory } from '@samkart/model'
import type { Translate } from '@samkart/i18n'
import type { CentredBox, PlacedCard, Point } from '@samkart/layout'
import { drawCard, drawLeaderLine, drawTruePoint, layoutCard } from './actorCard'
import { covers } from './planeFrame'
import { drawRelations } from './relationLines'
import type { SceneBuilder } from './SceneBuilder'

/** The cards of a two-axis view, as `placeCards` placed them around their true points. */
export interface PlacedActors {
  actors: readonly Actor[]
  placed: ReadonlyMap<string, PlacedCard>
  /** Each actor's true point (its scores), in plane units. */
  anchors: ReadonlyMap<string, Point>
  /** Plane units to scene units. */
  toScene<T extends Point>(p: T): T
}

/**
 * Draws placed cards the way the canvas does, in layers: the relations (if given), leader lines
 * from true points to cards drawn away from them, dots at true points that another card covers,
 * the cards, then the remaining dots on top. A card that still covers its own point (moved a
 * little, off the cell's edge) needs neither line nor dot. Returns the cards' scene boxes.
 */
export function drawPlacedCards(
  b: SceneBuilder,
  t: Translate,
  view: PlacedActors,
  relations: readonly Relation[],
): Map<string, CentredBox> {
  const boxes = new Map<string, CentredBox>(
    [...view.placed.values()].map((c) => [c.id, view.toScene(c)]),
  )
  const away = view.actors.flatMap((actor) => {
    const point = view.toScene(view.anchors.get(actor.id)!)
    const box = boxes.get(actor.id)!
    return view.placed.get(actor.id)!.displaced && !covers(box, point) ? [{ actor, point }] : []
  })
  const hidden = new Set(
    away.filter(({ point }) => [...boxes.values()].some((box) => covers(box, point))),
  )
  drawRelations(b, relations, boxes, { labels: false })
  for (const { actor, point } of away) drawLeaderLine(b, boxes.get(actor.id)!, point)
  for (const mark of hidden) drawTruePoint(b, mark.point, categoryOf(mark.actor))
  for (const actor of view.actors) {
    const box = boxes.get(actor.id)!
    drawCard(b, layoutCard(actor, t, view.placed.get(actor.id)!.compact), box.x, box.y)
  }
  for (const mark of away)
    if (!hidden.has(mark)) drawTruePoint(b, mark.point, categoryOf(mark.actor))
  return boxes
}

const categoryOf = (a: Actor): ActorCategory => actorCategory(a.importance, a.substitutability)
