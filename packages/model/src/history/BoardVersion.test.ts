import { describe, expect, it } from 'vitest'
import { EMPTY_SUMMARY, parseBoardVersion, versionNameProblem } from './BoardVersion'

describe('parseBoardVersion', () => {
  const valid = {
    id: 'v1',
    kind: 'named',
    name: 'Før workshop 2',
    createdAt: '2026-03-01T10:00:00.000Z',
    by: { role: 'editor', name: 'Kari' },
    summary: { ...EMPTY_SUMMARY, actorsAdded: 2 },
  }

  it('reads a version as the API sends it', () => {
    expect(parseBoardVersion(valid)).toEqual(valid)
  })

  it('refuses an unknown kind or a broken summary', () => {
    expect(parseBoardVersion({ ...valid, kind: 'manual' })).toBeNull()
    expect(
      parseBoardVersion({ ...valid, summary: { ...EMPTY_SUMMARY, actorsAdded: -1 } }),
    ).toBeNull()
    expect(parseBoardVersion({ ...valid, summary: {} })).toBeNull()
  })

  it('drops an author whose role it does not know', () => {
    expect(parseBoardVersion({ ...valid, by: { role: 'admin' } })!.by).toBeUndefined()
  })
})

describe('versionNameProblem', () => {
  it('asks for some text, at most 80 characters', () => {
    expect(versionNameProblem('Før workshop 2')).toBeNull()
    expect(versionNameProblem('   ')).toBe('required')
    expect(versionNameProblem('x'.repeat(81))).toBe('too-long')
    expect(versionNameProblem(42)).toBe('not-text')
  })
})
