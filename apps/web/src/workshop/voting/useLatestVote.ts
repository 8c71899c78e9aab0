import { type PublicVote, VOTES_ROOT, latestVote } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** The board's newest vote as the server last wrote it, re-rendering on change. */
export function useLatestVote(doc: Y.Doc): PublicVote | undefined {
  const [vote, setVote] = useState(() => latestVote(doc))
  useEffect(() => {
    const root = doc.getMap(VOTES_ROOT)
    const update = () => setVote(latestVote(doc))
    update()
    root.observe(update)
    return () => root.unobserve(update)
  }, [doc])
  return vote
}
