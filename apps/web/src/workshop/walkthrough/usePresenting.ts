import { useCanvasCollab } from '@samkart/canvas'
import { type Role, writePresentation } from '@samkart/model'
import { useMemo } from 'react'
import { useFacilitationState } from './FacilitationContext'

/** What a facilitator does to the walkthrough (start, step, stop); `null` for anyone else. */
export interface Presenting {
  /** Shows step `id` to everyone, starting the walkthrough if it is not running. */
  show(id: string): void
  /** One step back or on. */
  go(by: -1 | 1): void
  stop(): void
  /** Turns focus mode on or off for everyone following. */
  setFocus(on: boolean): void
}

/**
 * The facilitator's walkthrough commands. They write the board's `presentation` root, which
 * the server takes from facilitators only; the name shown is this person's presence name.
 */
export function usePresenting(role: Role | null): Presenting | null {
  const facilitation = useFacilitationState()
  const { presence, origin } = useCanvasCollab()
  return useMemo(() => {
    if (role !== 'facilitator' || !facilitation) return null
    const { doc, presentation, steps, current } = facilitation
    const by = () => presence?.self.get().name ?? ''
    const write = (step: string, focus = presentation?.focus ?? false) =>
      writePresentation(doc, { step, by: by(), focus }, origin)
    return {
      show: (id) => {
        facilitation.setFollowing(true)
        write(id)
      },
      go: (delta) => {
        const next = current ? steps[current.index + delta] : steps[0]
        if (next) write(next.id)
      },
      stop: () => writePresentation(doc, null, origin),
      setFocus: (on) => {
        if (presentation) write(presentation.step, on)
      },
    }
  }, [role, facilitation, presence, origin])
}
