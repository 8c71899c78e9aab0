import { describe, expect, it } from 'vitest'
import { isOutOfView } from './outOfView'

const pane = { width: 800, height: 600 }

describe('isOutOfView', () => {
  it('keeps a point in the middle of the pane in view', () => {
    expect(isOutOfView({ x: 400, y: 300 }, { x: 0, y: 0, zoom: 1 }, pane)).toBe(false)
  })

  it('follows the pan and the zoom', () => {
    // At zoom 2 and panned by -1000, flow point 600 is at screen 200.
    expect(isOutOfView({ x: 600, y: 200 }, { x: -1000, y: -100, zoom: 2 }, pane)).toBe(false)
    expect(isOutOfView({ x: 100, y: 200 }, { x: -1000, y: -100, zoom: 2 }, pane)).toBe(true)
  })

  it('counts a point within the margin of the border as out of view', () => {
    expect(isOutOfView({ x: 790, y: 300 }, { x: 0, y: 0, zoom: 1 }, pane)).toBe(true)
    expect(isOutOfView({ x: 790, y: 300 }, { x: 0, y: 0, zoom: 1 }, pane, 0)).toBe(false)
  })
})
