import { describe, expect, it } from 'vitest'
import { boardPath, journeysPath, parseRoute } from './routes'

describe('parseRoute', () => {
  it('maps the start page and board pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' })
    expect(parseRoute('/admin')).toEqual({ page: 'admin' })
    expect(parseRoute('/b/abc123')).toEqual({ page: 'board', boardId: 'abc123', view: 'actors' })
    expect(parseRoute('/b/abc123/')).toEqual({ page: 'board', boardId: 'abc123', view: 'actors' })
  })

  it('maps the journeys and one journey', () => {
    expect(parseRoute('/b/abc123/reiser')).toEqual({
      page: 'board',
      boardId: 'abc123',
      view: 'journeys',
    })
    expect(parseRoute('/b/abc123/reiser/')).toEqual({
      page: 'board',
      boardId: 'abc123',
      view: 'journeys',
    })
    expect(parseRoute('/b/abc123/reiser/j_1')).toEqual({
      page: 'board',
      boardId: 'abc123',
      view: 'journeys',
      journeyId: 'j_1',
    })
  })

  it('sends anything else, including impossible ids, to not found', () => {
    expect(parseRoute('/boards')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/has%20space')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/%E0%A4%A')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/a/b')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/a/reiser/has%20space')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/a/reiser/j/x')).toEqual({ page: 'not-found' })
    expect(parseRoute('/b/reiser')).toEqual({ page: 'board', boardId: 'reiser', view: 'actors' })
  })

  it('round-trips board and journey paths', () => {
    expect(parseRoute(boardPath('Xy_9-z'))).toEqual({
      page: 'board',
      boardId: 'Xy_9-z',
      view: 'actors',
    })
    expect(parseRoute(journeysPath('Xy_9-z', 'J-1'))).toEqual({
      page: 'board',
      boardId: 'Xy_9-z',
      view: 'journeys',
      journeyId: 'J-1',
    })
    expect(parseRoute(journeysPath('Xy_9-z'))).toMatchObject({ view: 'journeys' })
  })
})
