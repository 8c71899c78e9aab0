import { useEffect, useState } from 'react'
import { getBoard } from '../api/boardsApi'
import { type Refusal, refusalFromApiCode } from './refusal'
import type { Role } from './roles'
import { readTokenClaims } from './tokenClaims'
import { recentBoards } from './useRecentBoards'
import { resolveVisitToken } from './visitToken'

/** What the board page knows about its access to the board. */
export interface BoardAccess {
  token: string | null
  /**
   * The role to act on: the server's answer, else what the token says of itself (before the
   * answer, and offline); `null` while neither is known.
   */
  role: Role | null
  /** Set when the server refused the token over HTTP. */
  refusal: Refusal | null
  /** Set when the server said the board does not exist. */
  notFound: boolean
}

type Answer = { role: Role } | { refusal: Refusal } | { notFound: true }

/**
 * Picks the token for this visit (see `resolveVisitToken`) and asks the server what it gives
 * (`GET /api/boards/:id`). The answer updates the recent boards: title and role on success,
 * «refused» for a refused token, and a board the server does not have is dropped from the list.
 * A network failure changes nothing: the socket will say more, and an offline copy may open.
 */
export function useBoardAccess(boardId: string): BoardAccess {
  // Read once per mount: the fragment is consumed, so a second read would find nothing.
  const [token] = useState(() => resolveVisitToken(boardId, recentBoards()))
  const [answer, setAnswer] = useState<Answer | null>(null)

  useEffect(() => {
    let current = true
    void getBoard(boardId, token).then((result) => {
      if (!current) return
      const recent = recentBoards()
      if (result.ok) {
        const { title, role } = result.value
        recent.remember({ id: boardId, title, token, role })
        return setAnswer({ role })
      }
      if (result.error.kind !== 'http') return
      if (result.error.status === 404) {
        recent.forget(boardId)
        return setAnswer({ notFound: true })
      }
      const refusal = refusalFromApiCode(result.error.code)
      if (!refusal) return
      recent.markRefused(boardId, token, refusal)
      setAnswer({ refusal })
    })
    return () => {
      current = false
    }
  }, [boardId, token])

  const claims = token ? readTokenClaims(token) : null
  const claimed = claims?.boardId === boardId ? claims.role : null
  return {
    token,
    role: answer && 'role' in answer ? answer.role : claimed,
    refusal: answer && 'refusal' in answer ? answer.refusal : null,
    notFound: answer !== null && 'notFound' in answer,
  }
}
