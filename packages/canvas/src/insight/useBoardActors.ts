import { type Actor, type Relation, entityRoot, readActors, readRelations } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** Every actor and relation on the board. */
export interface BoardActors {
  actors: Actor[]
  relations: Relation[]
}

/**
 * All actors and relations, re-read after every transaction that touches either. Insights are
 * about the whole board, so there is nothing finer to subscribe to; mounted only while the
 * Innsikt tab is open, so a drag elsewhere costs nothing when nobody is looking.
 */
export function useBoardActors(doc: Y.Doc): BoardActors {
  const [state, setState] = useState<BoardActors>(() => read(doc))
  useEffect(() => {
    const actors = entityRoot(doc, 'actor')
    const relations = entityRoot(doc, 'relation')
    const refresh = () => setState(read(doc))
    refresh()
    actors.observeDeep(refresh)
    relations.observeDeep(refresh)
    return () => {
      actors.unobserveDeep(refresh)
      relations.unobserveDeep(refresh)
    }
  }, [doc])
  return state
}

const read = (doc: Y.Doc): BoardActors => ({
  actors: readActors(doc),
  relations: readRelations(doc),
})
