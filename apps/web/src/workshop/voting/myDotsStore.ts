import type { MyDots } from '@samkart/model'
import { useEffect, useSyncExternalStore } from 'react'
import { fetchMyDots } from '../../api/votesApi'

/**
 * This browser's own dots per vote, shared by the panel and the rail's badge. Only the
 * server knows them (they are not in the board), so they are fetched once per vote and then
 * kept as each `PUT` answers.
 */
const known = new Map<string, MyDots>()
const loading = new Set<string>()
const listeners = new Set<() => void>()

const keyOf = (boardId: string, voteId: string) => `${boardId}\u0000${voteId}`

/** Records the server's answer for a vote. */
export function storeMyDots(boardId: string, mine: MyDots): void {
  known.set(keyOf(boardId, mine.voteId), mine)
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** This participant's dots in `voteId`, loading them on first use; `undefined` until known. */
export function useMyDots(
  boardId: string,
  token: string | null,
  participantId: string,
  voteId: string | undefined,
): MyDots | undefined {
  const key = voteId ? keyOf(boardId, voteId) : ''
  const mine = useSyncExternalStore(subscribe, () => (voteId ? known.get(key) : undefined))
  useEffect(() => {
    if (!voteId || known.has(key) || loading.has(key)) return
    loading.add(key)
    void fetchMyDots(boardId, token, voteId, participantId).then((answer) => {
      loading.delete(key)
      if (answer.ok) storeMyDots(boardId, answer.value)
    })
  }, [boardId, token, participantId, voteId, key])
  return mine
}
