/*
 * Samkart's service worker: keeps the app shell (index.html and the built assets) so that a
 * reload while the server cannot be reached still starts the app, which then shows the board
 * from this browser's IndexedDB copy. Plain JavaScript, served as is from /sw.js so its scope
 * is the whole site.
 *
 * - Page loads (navigations): network first, with a short timeout; the fresh index.html is
 *   kept. Offline, the kept one is served for every app route (the app routes on the client).
 * - /assets/* (content-hashed, never change): cache first.
 * - The API and the sync socket are never touched: board data lives in IndexedDB, not here.
 */
const CACHE = 'samkart-shell-v1'
const SHELL = '/'
const NETWORK_TIMEOUT_MS = 4000

/** The built files an index.html refers to (its script and style sheets). */
function assetsOf(html) {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))]
}

async function keepShell(cache, response) {
  const html = await response.clone().text()
  const previous = await cache.match(SHELL)
  const before = previous ? assetsOf(await previous.text()) : []
  await cache.put(SHELL, response)
  const now = assetsOf(html)
  // A new build: drop the old build's files; the page reports what it loads (see below).
  if (before.length > 0 && before.join() !== now.join())
    for (const request of await cache.keys())
      if (new URL(request.url).pathname.startsWith('/assets/')) await cache.delete(request)
  await addMissing(cache, now)
}

async function addMissing(cache, urls) {
  for (const url of urls) if (!(await cache.match(url))) await cache.add(url).catch(() => undefined)
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      try {
        const response = await fetch(SHELL, { cache: 'no-cache' })
        if (response.ok) await keepShell(cache, response)
      } catch {
        // Offline while installing: the next page load fills the cache.
      }
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name)
      await self.clients.claim()
    })(),
  )
})

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

async function navigation(event) {
  const cache = await caches.open(CACHE)
  try {
    const response = await withTimeout(fetch(event.request), NETWORK_TIMEOUT_MS)
    const type = response.headers.get('content-type') ?? ''
    if (response.ok && type.startsWith('text/html'))
      event.waitUntil(keepShell(cache, response.clone()))
    return response
  } catch {
    const shell = await cache.match(SHELL)
    return shell ?? Response.error()
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE)
  const kept = await cache.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/ws')) return
  if (request.mode === 'navigate') event.respondWith(navigation(event))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request))
})

/** The page reports the built files it loaded (fonts, workers), so they are there offline too. */
self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'samkart:cache' || !Array.isArray(data.urls)) return
  const urls = data.urls.filter((u) => {
    try {
      const url = new URL(u, self.location.origin)
      return url.origin === self.location.origin && url.pathname.startsWith('/assets/')
    } catch {
      return false
    }
  })
  event.waitUntil(
    (async () => {
      await addMissing(await caches.open(CACHE), urls)
    })(),
  )
})
