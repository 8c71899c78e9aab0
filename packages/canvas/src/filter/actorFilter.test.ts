import { describe, expect, it } from 'vitest'
import {
  EMPTY_FILTER,
  type Filterable,
  filterCounts,
  isFilterActive,
  matchesFilter,
} from './actorFilter'

const nav: Filterable = {
  name: 'Arbeids- og velferdsetaten',
  shortName: 'NAV',
  level: 'stat',
  category: 'viktig',
  strategy: 'samarbeid',
}
const kommune: Filterable = {
  name: 'Bærum kommune',
  shortName: '',
  level: 'kommune',
  category: 'moderat',
  strategy: '',
}

describe('matchesFilter', () => {
  it('lets everything through when nothing is set', () => {
    expect(matchesFilter(nav, EMPTY_FILTER)).toBe(true)
    expect(matchesFilter(kommune, EMPTY_FILTER)).toBe(true)
    expect(isFilterActive(EMPTY_FILTER)).toBe(false)
  })

  it('finds the query in the name or the short name, ignoring case and extra spaces', () => {
    expect(matchesFilter(nav, { ...EMPTY_FILTER, query: 'nav' })).toBe(true)
    expect(matchesFilter(nav, { ...EMPTY_FILTER, query: '  VELFERD ' })).toBe(true)
    expect(matchesFilter(kommune, { ...EMPTY_FILTER, query: 'nav' })).toBe(false)
  })

  it('keeps Norwegian letters distinct', () => {
    expect(matchesFilter(kommune, { ...EMPTY_FILTER, query: 'BÆRUM' })).toBe(true)
    expect(matchesFilter(kommune, { ...EMPTY_FILTER, query: 'barum' })).toBe(false)
  })

  it('filters by level, category and strategy, with «none» for not assessed', () => {
    expect(matchesFilter(nav, { ...EMPTY_FILTER, level: 'stat' })).toBe(true)
    expect(matchesFilter(kommune, { ...EMPTY_FILTER, level: 'stat' })).toBe(false)
    expect(matchesFilter(kommune, { ...EMPTY_FILTER, category: 'moderat' })).toBe(true)
    expect(matchesFilter(nav, { ...EMPTY_FILTER, category: 'lav' })).toBe(false)
    expect(matchesFilter(kommune, { ...EMPTY_FILTER, strategy: 'none' })).toBe(true)
    expect(matchesFilter(nav, { ...EMPTY_FILTER, strategy: 'none' })).toBe(false)
    expect(matchesFilter(nav, { ...EMPTY_FILTER, strategy: 'samarbeid' })).toBe(true)
  })

  it('requires every set criterion at once', () => {
    const filter = { ...EMPTY_FILTER, query: 'nav', level: 'kommune' as const }
    expect(isFilterActive(filter)).toBe(true)
    expect(matchesFilter(nav, filter)).toBe(false)
  })

  it('counts a query of only spaces as no query', () => {
    expect(isFilterActive({ ...EMPTY_FILTER, query: '   ' })).toBe(false)
  })
})

describe('filterCounts', () => {
  it('counts each level, category and strategy, with «none» for not assessed', () => {
    const counts = filterCounts([nav, kommune, { ...kommune, name: 'Asker kommune' }])
    expect(counts.level).toEqual({ stat: 1, kommune: 2 })
    expect(counts.category).toEqual({ viktig: 1, moderat: 2 })
    expect(counts.strategy).toEqual({ samarbeid: 1, none: 2 })
  })
})
