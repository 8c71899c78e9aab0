import { fileURLToPath } from 'node:url'
import type { RegistrySearchResponse } from '@samkart/model'
import { afterEach, describe, expect, it } from 'vitest'
import { TestBed } from '../testing/TestBed'
import { importRegistry } from './importRegistry'

const SAMPLE = fileURLToPath(
  new URL('../../test-data/enhetsregisteret-sample.csv', import.meta.url),
)

const bed = new TestBed()
afterEach(() => bed.cleanup())

describe('GET /api/registry', () => {
  it('suggests nothing until an operator imports the register, then at once without a restart', async () => {
    const server = await bed.server()
    const search = async (q: string) => {
      const res = await server.api(`/api/registry?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      return (await res.json()) as RegistrySearchResponse
    }
    expect(await search('velferd')).toEqual({ entries: [], size: 0 })

    await importRegistry(server.dataDir, SAMPLE, { publicOnly: true })
    const found = await search('velferd')
    expect(found.size).toBe(18)
    expect(found.entries).toEqual([
      {
        orgNumber: '889640782',
        name: 'Arbeids- og velferdsetaten',
        form: 'ORGL',
        parent: '',
        level: 'stat',
        kind: 'etat',
      },
    ])
    expect((await search('9643')).entries.map((e) => e.name)).toEqual(['Bergen kommune'])
    // One letter matches too much to help.
    expect((await search('o')).entries).toEqual([])
    // Wildcards are text, not patterns.
    expect((await search('%%')).entries).toEqual([])
  })

  it('refuses an overlong query and other methods with a clear error', async () => {
    const server = await bed.server()
    const long = await server.api(`/api/registry?q=${'a'.repeat(101)}`)
    expect(long.status).toBe(400)
    expect(((await long.json()) as { error: { code: string } }).error.code).toBe('invalid_query')
    const post = await server.api('/api/registry', { body: { q: 'x' } })
    expect(post.status).toBe(405)
  })
})
