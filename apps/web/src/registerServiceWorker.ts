/** The built files this page has loaded so far (scripts, styles, fonts), as absolute URLs. */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name)
      return url.origin === window.location.origin && url.pathname.startsWith('/assets/')
    })
}

/**
 * Registers `/sw.js` (public/sw.js), which keeps the app shell so a reload without the server
 * still opens the app and the board's copy in this browser. Production builds only: in
 * development, Vite serves modules that must never come from a cache. Then tells the worker
 * which built files the page loaded, fonts included, so they are kept too.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(async (registration) => {
        await document.fonts.ready
        registration.active?.postMessage({ type: 'samkart:cache', urls: loadedAssets() })
      })
      .catch((error: unknown) => console.warn('Samkart: no offline app shell', error))
  })
}
