import { useMemo, useSyncExternalStore } from 'react'
import { type Route, parseRoute } from './routes'

/**
 * A dependency-free router: the URL is the state, `navigate` pushes history entries, and the
 * back and forward buttons work through `popstate`.
 */
const listeners = new Set<() => void>()
let navigations = 0

function notify() {
  for (const listener of [...listeners]) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** Goes to `path` within the app, without a page load. */
export function navigate(path: string): void {
  if (path === window.location.pathname) return
  window.history.pushState(null, '', path)
  navigations += 1
  window.scrollTo(0, 0)
  notify()
}

/**
 * True once the user has moved between pages inside the app. Pages then move focus to their
 * heading, so screen readers announce the new page (a full page load does that by itself).
 */
export function hasNavigated(): boolean {
  return navigations > 0
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname)
  return useMemo(() => parseRoute(pathname), [pathname])
}
