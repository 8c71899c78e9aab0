import { type Actor, entityRoot, readActor } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { changedActorIds } from '../matrix/actorNodes'

/**
 * One actor, live: re-read whenever a transaction (local or remote) touches it, and only then,
 * so the details panel does not re-render for edits to other actors. `undefined` once deleted.
 */
export function useActor(doc: Y.Doc, id: string): Actor | undefined {
  const [actor, setActor] = useState(() => readActor(doc, id))

  useEffect(() => {
    const root = entityRoot(doc, 'actor')
    setActor(readActor(doc, id))
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (changedActorIds(events, root).has(id)) setActor(readActor(doc, id))
    }
    root.observeDeep(onChange)
    return () => root.unobserveDeep(onChange)
  }, [doc, id])

  return actor
}
