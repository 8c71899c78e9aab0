import { describe, expect, it } from 'vitest'
import { insertMention, matchingPeople, mentionQueryAt, mentionsIn } from './mentionQuery'

describe('mentions while typing', () => {
  it('finds the @query before the caret, also with a space in a name', () => {
    expect(mentionQueryAt('Hei @Ka', 7)).toEqual({ start: 4, query: 'Ka' })
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionQueryAt('Hei @Anonym r', 13)).toEqual({ start: 4, query: 'Anonym r' })
    expect(mentionQueryAt('epost@nav.no', 12)).toBeNull()
    expect(mentionQueryAt('@Kari  ferdig', 13)).toBeNull()
    expect(mentionQueryAt('@Kari\nneste', 11)).toBeNull()
  })

  it('matches names by their start or a word, and inserts the chosen one', () => {
    const people = [{ name: 'Kari Nordmann' }, { name: 'Anonym rev' }, { name: 'Ola' }]
    expect(matchingPeople(people, 'nor').map((p) => p.name)).toEqual(['Kari Nordmann'])
    expect(matchingPeople(people, '').length).toBe(3)
    const typed = 'Se her @ka og mer'
    const mention = mentionQueryAt(typed, 10)!
    expect(insertMention(typed, 10, mention, 'Kari Nordmann')).toEqual({
      text: 'Se her @Kari Nordmann  og mer',
      caret: 22,
    })
  })

  it('keeps only the mentions still in the text', () => {
    const chosen = new Map([
      ['kari0001', 'Kari'],
      ['ola00001', 'Ola'],
    ])
    expect(mentionsIn('Takk @Kari!', chosen)).toEqual(['kari0001'])
  })
})
