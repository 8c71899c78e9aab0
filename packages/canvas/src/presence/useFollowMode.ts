import { useEffect, useRef } from 'react'
import { useCanvasCollab } from './CanvasCollabContext'
import { useSubscribable } from './useSubscribable'

/**
 * Switches the actor map to the mode (`matrix`, `network`, `lens`) of the view this tab
 * follows or was summoned to; the canvas of that mode then moves to the viewport. Switching
 * mode by hand while following ends following: the user took over.
 */
export function useFollowMode<M extends string>(
  modes: readonly M[],
  current: M,
  setMode: (mode: M) => void,
): void {
  const { presence } = useCanvasCollab()
  const target = useSubscribable(presence?.target, null)
  const view = target?.viewport?.view
  const wanted =
    view?.startsWith('actors:') && modes.includes(view.slice(7) as M) ? (view.slice(7) as M) : null
  const latest = useRef({ current, wanted })
  latest.current = { current, wanted }
  /** A switch this hook asked for and that has not landed yet. */
  const requested = useRef<M | null>(null)

  useEffect(() => {
    if (!wanted || wanted === latest.current.current) return
    requested.current = wanted
    setMode(wanted)
  }, [wanted, setMode])

  useEffect(() => {
    if (requested.current !== null) {
      if (requested.current === current) requested.current = null
      return
    }
    const { wanted: w } = latest.current
    if (w && w !== current) presence?.stopFollowing()
  }, [current, presence])
}
