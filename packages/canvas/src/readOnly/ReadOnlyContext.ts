import { createContext, useContext } from 'react'

/**
 * Whether the board is shown read-only (a viewer's link). Provided once by `ActorMapView` and
 * `JourneysView` from their `readOnly` prop, and read by every control that would change the
 * document, so a viewer sees no editing control and no key or drag changes anything. Reading
 * (selection, details, filters, insight) is unaffected.
 */
export const ReadOnlyContext = createContext(false)

/** True inside a read-only board view. */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext)
}
