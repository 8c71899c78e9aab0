import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { TestBed } from '../testing/TestBed'

const bed = new TestBed()
afterEach(() => bed.cleanup())

/** A built web app as Vite lays it out, plus a secret beside it that must stay unreachable. */
function webApp() {
  const root = bed.tempDir('samkart-web-')
  const dist = join(root, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>')
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd.js'), 'console.log(1)')
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd.css'), 'body{}')
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>')
  writeFileSync(join(dist, '.env'), 'SECRET=1')
  writeFileSync(join(root, 'secret.txt'), 'top secret')
  symlinkSync(join(root, 'secret.txt'), join(dist, 'link.txt'))
  return dist
}

/** A raw GET, so that `..` reaches the server unnormalised (fetch would resolve it). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('serving the web app', () => {
  it('serves files with their content type and caches only hashed assets for long', async () => {
    const server = await bed.server({ staticDir: webApp() })
    const index = await fetch(`${server.url}/`)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(index.headers.get('cache-control')).toBe('no-cache')
    expect(await index.text()).toContain('root')

    const js = await fetch(`${server.url}/assets/index-Ab12Cd.js`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const css = await fetch(`${server.url}/assets/index-Ab12Cd.css`)
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    const svg = await fetch(`${server.url}/favicon.svg`)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(svg.headers.get('cache-control')).toBe('no-cache')
  })

  it('answers a repeated request with 304 when the file is unchanged', async () => {
    const server = await bed.server({ staticDir: webApp() })
    const first = await fetch(`${server.url}/favicon.svg`)
    const etag = first.headers.get('etag')!
    const again = await fetch(`${server.url}/favicon.svg`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  it('falls back to index.html for app routes, but not for missing files or the API', async () => {
    const server = await bed.server({ staticDir: webApp() })
    const deep = await fetch(`${server.url}/tavle/abc123`)
    expect(deep.status).toBe(200)
    expect(await deep.text()).toContain('root')
    expect((await fetch(`${server.url}/assets/missing-1234.js`)).status).toBe(404)
    const api = await fetch(`${server.url}/api/unknown`)
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toContain('application/json')
  })

  it('never serves anything outside the static folder, nor dotfiles', async () => {
    const server = await bed.server({ staticDir: webApp() })
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/.env',
      '/%00',
    ]) {
      const res = await rawGet(server.url, path)
      expect(res.body, path).not.toContain('secret')
      expect(res.body, path).not.toContain('SECRET')
      expect([400, 404], path).toContain(res.status)
    }
  })

  it('without a built web app still serves the API and says to run pnpm build', async () => {
    const server = await bed.server({ staticDir: bed.tempDir('samkart-empty-') })
    expect(server.hasWebApp).toBe(false)
    const page = await fetch(`${server.url}/`)
    expect(page.status).toBe(404)
    expect(await page.text()).toContain('pnpm build')
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  })
})
