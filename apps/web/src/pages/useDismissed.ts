import { useCallback, useState } from 'react'

function read(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1'
  } catch {
    // Storage refused (private mode, policy): the notice simply shows again next time.
    return false
  }
}

/**
 * Whether this person has dismissed something (a notice) under `key`, remembered in this
 * browser, and the function that dismisses it.
 */
export function useDismissed(key: string): [dismissed: boolean, dismiss: () => void] {
  const [dismissed, setDismissed] = useState(() => read(key))
  const dismiss = useCallback(() => {
    setDismissed(true)
    try {
      localStorage.setItem(key, '1')
    } catch {
      // Not remembered; dismissed for this visit only.
    }
  }, [key])
  return [dismissed, dismiss]
}
