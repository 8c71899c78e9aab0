import { type Point, initialNetworkPosition, isPlacedInNetwork } from '@samkart/layout'
import { type Actor, entityRoot } from '@samkart/model'
import type * as Y from 'yjs'

/** Where an actor's card goes in the network view, and how to stop following the document. */
export interface NetworkPlace {
  place: (actor: Pick<Actor, 'id' | 'networkX' | 'networkY'>) => Point
  dispose: () => void
}

/**
 * The network view's `place` for the actors of `doc`: the saved position, or the actor's place
 * on the initial spiral by sorted id (as `networkPosition` in @samkart/layout). The sorted index
 * is built once and again only when actors come or go (the actor root's own events, which Yjs
 * delivers before the deep events the cards follow), instead of sorting every id for every
 * card: that took 9 s of a 3,000-actor network view's opening (docs/performance.md).
 */
export function createNetworkPlace(doc: Y.Doc): NetworkPlace {
  const root = entityRoot(doc, 'actor')
  let index: Map<string, number> | null = null
  const stale = () => {
    index = null
  }
  root.observe(stale)
  return {
    place(actor) {
      if (isPlacedInNetwork(actor)) return { x: actor.networkX, y: actor.networkY }
      // An id not in the index means the set changed without our hearing of it yet.
      if (!index?.has(actor.id)) index = new Map([...root.keys()].sort().map((id, i) => [id, i]))
      return initialNetworkPosition(index.get(actor.id) ?? 0)
    },
    dispose: () => root.unobserve(stale),
  }
}

const perDoc = new WeakMap<Y.Doc, NetworkPlace>()

/**
 * The one {@link createNetworkPlace} of `doc`, made on first use and kept as long as the
 * document: its observer costs a flag per change of the actor set, so nothing needs to stop it,
 * and a view that opens and closes (or mounts twice in development) does not re-subscribe.
 */
export function networkPlaceOf(doc: Y.Doc): NetworkPlace {
  let network = perDoc.get(doc)
  if (!network) perDoc.set(doc, (network = createNetworkPlace(doc)))
  return network
}
