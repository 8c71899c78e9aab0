import { createTranslator } from '@samkart/i18n'
import { type BoardVersion, EMPTY_SUMMARY } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { summaryText, versionTitle } from './versionText'

const t = createTranslator('nb')
const version = (patch: Partial<BoardVersion>): BoardVersion => ({
  id: 'v',
  kind: 'auto',
  createdAt: '2026-03-01T10:00:00.000Z',
  summary: EMPTY_SUMMARY,
  ...patch,
})

describe('versionTitle', () => {
  it('names a version by its name, else by how it was made', () => {
    expect(versionTitle(t, version({ kind: 'named', name: 'Før workshop 2' }))).toBe(
      'Før workshop 2',
    )
    expect(versionTitle(t, version({ kind: 'auto' }))).toBe('Automatisk lagret')
    expect(versionTitle(t, version({ kind: 'restore', name: 'Før workshop 2' }))).toBe(
      'Gjenopprettet: Før workshop 2',
    )
  })
})

describe('summaryText', () => {
  it('lists only what changed', () => {
    expect(summaryText(t, EMPTY_SUMMARY)).toBe('Ingen endringer')
    expect(
      summaryText(t, { ...EMPTY_SUMMARY, actorsAdded: 2, actorsMoved: 1, actorsRecategorised: 1 }),
    ).toBe('2 aktører lagt til · 1 flyttet, 1 til ny kategori')
  })
})
