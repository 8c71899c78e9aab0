import { useEffect, useRef } from 'react'
import { hasNavigated } from './navigation'

/**
 * A ref for a page's `<h1 tabIndex={-1}>`: after in-app navigation, focus moves there so
 * keyboard and screen reader users start at the new page's top, as after a page load.
 */
export function usePageHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus()
  }, [])
  return ref
}
