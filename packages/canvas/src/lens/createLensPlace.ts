import type { Point } from '@samkart/layout'
import { type Actor, compareNames, entityRoot, readEntityField } from '@samkart/model'
import type * as Y from 'yjs'
import { isPlacedInLens, lensAnchor } from './lensTray'

/** Where an actor's card goes on the lens, and how to follow the document's set of actors. */
export interface LensPlace {
  place: (actor: Pick<Actor, 'id' | 'interest' | 'influence'>) => Point
  /** Starts following the actor set; returns the function that stops it (an effect's cleanup). */
  follow: () => () => void
}

/**
 * The lens's `place` for the actors of `doc`: the current scores, or a slot in the tray
 * «Ikke plassert ennå» by the name on the card among the actors nobody has placed yet, so the tray reads as two
 * alphabetical columns. The order is taken when first needed and again when actors come or go
 * (the actor root's own events, which Yjs delivers before the deep events the cards follow),
 * not when a card leaves the tray: the cards still there keep their slots while people work,
 * and the tray closes its gaps the next time the view opens.
 */
export function createLensPlace(doc: Y.Doc): LensPlace {
  const root = entityRoot(doc, 'actor')
  let order: Map<string, number> | null = null
  const index = () => {
    const waiting: { id: string; name: string }[] = []
    for (const id of root.keys()) {
      const interest = readEntityField(doc, 'actor', id, 'interest') ?? 0.5
      const influence = readEntityField(doc, 'actor', id, 'influence') ?? 0.5
      if (isPlacedInLens({ interest, influence })) continue
      // By the name the card shows: the short one where there is one («NAV», not «Arbeids- og…»).
      const shown =
        readEntityField(doc, 'actor', id, 'shortName') ||
        (readEntityField(doc, 'actor', id, 'name') ?? '')
      waiting.push({ id, name: shown })
    }
    waiting.sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1))
    return new Map(waiting.map((a, i) => [a.id, i]))
  }
  const stale = () => {
    order = null
  }
  return {
    place(actor) {
      if (isPlacedInLens(actor)) return lensAnchor(actor, 0)
      // Not in the order: it came, or came back to the tray, since the order was taken.
      if (!order?.has(actor.id)) order = index()
      return lensAnchor(actor, order.get(actor.id) ?? 0)
    },
    follow() {
      root.observe(stale)
      return () => root.unobserve(stale)
    },
  }
}
