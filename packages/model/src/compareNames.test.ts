import { describe, expect, it } from 'vitest'
import { compareNames } from './compareNames'

describe('compareNames', () => {
  it('sorts as Norwegian readers expect, like localeCompare with nb', () => {
    const names = [
      'Årdal kommune',
      'Barneombudet',
      'Ørland',
      'Helsedirektoratet',
      'Ætat',
      'NAV',
      'aktør',
    ]
    const sorted = [...names].sort(compareNames)
    expect(sorted).toEqual([
      'aktør',
      'Barneombudet',
      'Helsedirektoratet',
      'NAV',
      'Ætat',
      'Ørland',
      'Årdal kommune',
    ])
    expect(sorted).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')))
  })
})
