import { describe, expect, it } from 'vitest'
import { createLink, listLinks, parseShareLink, revokeLink } from './linksApi'

function recording(status: number, body?: unknown) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetchFn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(body === undefined ? null : JSON.stringify(body), { status })
  }) as unknown as typeof fetch
  return { calls, fetchFn }
}

const link = {
  id: 'L1',
  role: 'editor',
  createdAt: '2025-01-01T00:00:00.000Z',
  expiresAt: null,
  revokedAt: null,
  token: 'p.s',
}

describe('share links API client', () => {
  it('lists links, skipping malformed ones', async () => {
    const { calls, fetchFn } = recording(200, {
      links: [link, { ...link, id: 'L2', role: 'owner' }, { ...link, id: 'L3', token: null }],
      duplicate: 'editor',
    })
    const result = await listLinks('B', 'tok', fetchFn)
    expect(result).toEqual({
      ok: true,
      value: { links: [link, { ...link, id: 'L3', token: null }], duplicate: 'editor' },
    })
    // Anything but `editor` is read as the stricter default.
    const strict = await listLinks('B', 'tok', recording(200, { links: [] }).fetchFn)
    expect(strict).toEqual({ ok: true, value: { links: [], duplicate: 'facilitator' } })
    expect(calls[0]!.url).toBe('/api/boards/B/links')
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer tok')
  })

  it('creates a link with a role and an optional expiry', async () => {
    const made = recording(201, { ...link, expiresAt: '2030-01-01T00:00:00.000Z' })
    const result = await createLink('B', 'tok', 'editor', '2030-01-01T00:00:00.000Z', made.fetchFn)
    expect(result).toMatchObject({ ok: true, value: { expiresAt: '2030-01-01T00:00:00.000Z' } })
    expect(JSON.parse(String(made.calls[0]!.init.body))).toEqual({
      role: 'editor',
      expiresAt: '2030-01-01T00:00:00.000Z',
    })
    const forever = recording(201, link)
    await createLink('B', 'tok', 'viewer', null, forever.fetchFn)
    expect(JSON.parse(String(forever.calls[0]!.init.body))).toEqual({ role: 'viewer' })
  })

  it('revokes a link by id', async () => {
    const { calls, fetchFn } = recording(204)
    expect(await revokeLink('B', 'tok', 'L1', fetchFn)).toEqual({ ok: true, value: true })
    expect(calls[0]!.url).toBe('/api/boards/B/links/L1')
    expect(calls[0]!.init.method).toBe('DELETE')
  })

  it('rejects links without a known role or with a bad date field', () => {
    expect(parseShareLink({ ...link, role: 'admin' })).toBeNull()
    expect(parseShareLink({ ...link, revokedAt: 5 })).toBeNull()
    expect(parseShareLink('x')).toBeNull()
  })
})
