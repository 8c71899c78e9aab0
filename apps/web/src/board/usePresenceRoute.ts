import type { Presence, PresenceTarget } from '@samkart/collab'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { navigate } from '../router/navigation'
import { boardPath, journeysPath } from '../router/routes'
import { useBoardView } from '../pages/BoardNav'

const noSubscribe = () => () => {}
const noTarget = () => null

/** The half of the board a presence view is in: `actors`, `journey:` (the list) or `journey:<id>`. */
const sectionOf = (view: string) => (view.startsWith('actors:') ? 'actors' : view)

/**
 * Connects presence to the board's routes: following someone or being summoned into another
 * part of the board (aktørkart, the list of journeys, one journey) navigates there; navigating
 * away by hand while following ends following. The list of journeys has no canvas of its own,
 * so it is reported here as the view `journey:`, and followers go to the list too.
 */
export function usePresenceRoute(presence: Presence | undefined, boardId: string): void {
  const { view, journeyId } = useBoardView()
  const target = useSyncExternalStore<PresenceTarget | null>(
    presence?.target.subscribe ?? noSubscribe,
    presence?.target.get ?? noTarget,
  )
  const goal = target?.viewport?.view
  const wanted = goal ? sectionOf(goal) : null
  const here = view === 'actors' ? 'actors' : `journey:${journeyId ?? ''}`
  const latest = useRef({ here, wanted })
  latest.current = { here, wanted }
  /** A navigation this hook made that has not shown up in the route yet. */
  const requested = useRef<string | null>(null)

  useEffect(() => {
    if (!wanted || wanted === latest.current.here) return
    requested.current = wanted
    if (wanted === 'actors') navigate(boardPath(boardId))
    else navigate(journeysPath(boardId, wanted.slice('journey:'.length) || undefined))
  }, [wanted, boardId])

  useEffect(() => {
    if (requested.current !== null) {
      if (requested.current === here) requested.current = null
      return
    }
    const { wanted: w } = latest.current
    if (w && w !== here) presence?.stopFollowing()
  }, [here, presence])

  useEffect(() => {
    if (!presence || here !== 'journey:') return
    presence.setViewport({ view: 'journey:', x: 0, y: 0, zoom: 1 })
    return () => presence.setViewport(null)
  }, [presence, here])
}
