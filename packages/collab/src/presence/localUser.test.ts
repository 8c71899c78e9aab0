import { isParticipantId } from '@samkart/model'
import { describe, expect, it } from 'vitest'
import { PARTICIPANT_STORAGE_KEY, type UserStorage, participantIdFrom } from './localUser'

function memoryStorage(): UserStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  }
}

describe('participantIdFrom', () => {
  it('gives the same id on every visit of one browser, and another in another browser', () => {
    const browser = memoryStorage()
    const first = participantIdFrom(browser)
    expect(isParticipantId(first)).toBe(true)
    expect(participantIdFrom(browser)).toBe(first)
    expect(participantIdFrom(memoryStorage())).not.toBe(first)
  })

  it('replaces a stored value that is not a participant id', () => {
    const browser = memoryStorage()
    browser.setItem(PARTICIPANT_STORAGE_KEY, '<script>')
    const id = participantIdFrom(browser)
    expect(isParticipantId(id)).toBe(true)
    expect(browser.data.get(PARTICIPANT_STORAGE_KEY)).toBe(id)
  })

  it('still gives an id when storage throws (private mode)', () => {
    const refusing: UserStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(isParticipantId(participantIdFrom(refusing))).toBe(true)
  })
})
