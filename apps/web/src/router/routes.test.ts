import { describe, expect, it } from 'vitest'
import { boardPath, parseRoute } from './routes'

describe('parseRoute', () => {
  it('maps the start page and board pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' })
    expect(parseRoute('/b/abc123')).toEqual({ page: 'board', boardId: 'abc123' })
    expect(parseRoute('/b/abc123/')).toEqual({ page: 'board', boardId: 'abc123' })
  })

  it('sends anything else, including impossible ids, to not found', () => {
    expect(parseRoute('/boards')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/has%20space')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/%E0%A4%A')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/a/b')).toEqual({ page: 'not-found' })
  })

  it('round-trips board paths', () => {
    expect(parseRoute(boardPath('Xy_9-z'))).toEqual({ page: 'board', boardId: 'Xy_9-z' })
  })
})
