import { describe, expect, it } from 'vitest'
import { JOURNEY_LANES, builtInLane, builtInLaneShape, parseLanes } from './lanes'

describe('lanes', () => {
  it('shows every lane in default order when nothing is stored', () => {
    expect(parseLanes('')).toEqual(JOURNEY_LANES.map((lane) => ({ lane, hidden: false })))
  })
  it('reads order and hidden lanes, and appends lanes it does not mention', () => {
    const lanes = parseLanes('emotion,-channel,touchpoint')
    expect(lanes.slice(0, 3)).toEqual([
      { lane: 'emotion', hidden: false },
      { lane: 'channel', hidden: true },
      { lane: 'touchpoint', hidden: false },
    ])
    expect(lanes.map((l) => l.lane).sort()).toEqual([...JOURNEY_LANES].sort())
  })
  it('ignores unknown and repeated names', () => {
    expect(parseLanes('bogus,emotion,-emotion,<script>')[0]).toEqual({
      lane: 'emotion',
      hidden: false,
    })
    expect(parseLanes('bogus,emotion,-emotion')).toHaveLength(JOURNEY_LANES.length)
  })
  it('maps built-in lanes to lane shapes and back', () => {
    for (const lane of JOURNEY_LANES) expect(builtInLane(builtInLaneShape(lane))).toBe(lane)
    expect(builtInLane({ kind: 'items', field: '' })).toBeNull()
    expect(builtInLane({ kind: 'touchpoint', field: '' })).toBeNull()
  })
})
