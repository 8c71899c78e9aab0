import { describe, expect, it } from 'vitest'
import { socketUrl } from './socketUrl'

describe('socketUrl', () => {
  it('uses the page origin, secure when the page is', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:5173' })).toBe('ws://127.0.0.1:5173/ws')
    expect(socketUrl({ protocol: 'https:', host: 'samkart.no' })).toBe('wss://samkart.no/ws')
  })
})
