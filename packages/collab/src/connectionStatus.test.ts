import { describe, expect, it } from 'vitest'
import {
  CLOSE_BOARD_NOT_FOUND,
  type ConnectionStatus,
  type ProviderEvent,
  connectionStatus,
  initialProviderState,
  reduceProviderState,
} from './connectionStatus'

/** The status after each event, starting from a fresh provider. */
function statuses(events: ProviderEvent[]): ConnectionStatus[] {
  let state = initialProviderState
  return events.map((event) => {
    state = reduceProviderState(state, event)
    return connectionStatus(state)
  })
}

describe('connection status', () => {
  it('starts as connecting and is live only once connected and synced', () => {
    expect(connectionStatus(initialProviderState)).toBe('connecting')
    expect(statuses([{ type: 'open' }, { type: 'sync', synced: true }])).toEqual([
      'connecting',
      'live',
    ])
  })

  it('ignores a sync report without an open socket', () => {
    expect(statuses([{ type: 'sync', synced: true }])).toEqual(['connecting'])
  })

  it('goes offline when the socket drops and stays offline through retries until synced', () => {
    expect(
      statuses([
        { type: 'open' },
        { type: 'sync', synced: true },
        { type: 'close' },
        { type: 'open' },
        { type: 'close' },
        { type: 'open' },
        { type: 'sync', synced: true },
      ]),
    ).toEqual(['connecting', 'live', 'offline', 'offline', 'offline', 'offline', 'live'])
  })

  it('reports offline when the server cannot be reached at all', () => {
    expect(statuses([{ type: 'close' }, { type: 'close' }])).toEqual(['offline', 'offline'])
  })

  it('treats close code 4404 as a missing board, and stays there', () => {
    expect(
      statuses([{ type: 'close' }, { type: 'terminal', code: CLOSE_BOARD_NOT_FOUND }]),
    ).toEqual(['offline', 'not-found'])
  })

  it('reports a refused update (4400, 4422) so the user knows to reload', () => {
    for (const code of [4400, 4422])
      expect(
        statuses([{ type: 'open' }, { type: 'sync', synced: true }, { type: 'terminal', code }]),
      ).toEqual(['connecting', 'live', 'refused'])
  })

  it('treats other final close codes as offline', () => {
    expect(statuses([{ type: 'open' }, { type: 'terminal', code: 1011 }])).toEqual([
      'connecting',
      'offline',
    ])
  })

  it('is live only while the server has confirmed every local edit, and says «syncing» when slow', () => {
    expect(
      statuses([
        { type: 'open' },
        { type: 'sync', synced: true },
        { type: 'unsaved', unsaved: true },
        { type: 'unsaved', unsaved: false },
        { type: 'unsaved', unsaved: true },
        { type: 'slow' },
        { type: 'unsaved', unsaved: false },
      ]),
    ).toEqual(['connecting', 'live', 'live', 'live', 'live', 'syncing', 'live'])
  })

  it('goes offline → syncing → live when edits made offline are sent after a reconnect', () => {
    expect(
      statuses([
        { type: 'open' },
        { type: 'sync', synced: true },
        { type: 'close' },
        { type: 'unsaved', unsaved: true },
        { type: 'open' },
        { type: 'sync', synced: true },
        { type: 'unsaved', unsaved: false },
      ]),
    ).toEqual(['connecting', 'live', 'offline', 'offline', 'offline', 'syncing', 'live'])
  })

  it('ignores a slow report once everything is saved', () => {
    expect(statuses([{ type: 'open' }, { type: 'sync', synced: true }, { type: 'slow' }])).toEqual([
      'connecting',
      'live',
      'live',
    ])
  })

  it('drops to not synced when a new socket opens', () => {
    expect(statuses([{ type: 'open' }, { type: 'sync', synced: true }, { type: 'open' }])).toEqual([
      'connecting',
      'live',
      'connecting',
    ])
  })
})
