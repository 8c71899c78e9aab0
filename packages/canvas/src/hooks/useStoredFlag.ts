import { useCallback, useState } from 'react'

/** Reads a remembered on/off preference; storage can throw (privacy modes), so it may fail. */
function readFlag(key: string, fallback: boolean | (() => boolean)): boolean {
  const otherwise = () => (typeof fallback === 'function' ? fallback() : fallback)
  try {
    const value = globalThis.localStorage?.getItem(key)
    return value === null || value === undefined ? otherwise() : value === 'true'
  } catch {
    return otherwise()
  }
}

/**
 * An on/off preference of this person on this device, remembered in localStorage (never in the
 * board: it is how one person likes to work, not something the group decided).
 */
export function useStoredFlag(
  key: string,
  /** Until the person chooses; a function is asked once, when the view first renders. */
  fallback: boolean | (() => boolean),
): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readFlag(key, fallback))
  const set = useCallback(
    (next: boolean) => {
      setOn(next)
      try {
        globalThis.localStorage?.setItem(key, String(next))
      } catch {
        // Not remembering the preference is harmless; it still applies in this tab.
      }
    },
    [key],
  )
  return [on, set]
}
