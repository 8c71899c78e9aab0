import { describe, expect, it } from 'vitest'
import { fitAroundOverlays, fitViewport } from './fitViewport'

const NONE = { top: 0, right: 0, bottom: 0, left: 0 }
const OPTIONS = { minZoom: 0.1, maxZoom: 2, margin: 0 }
/** Where a flow point lands on screen under a viewport. */
const toScreen = (v: { x: number; y: number; zoom: number }, x: number, y: number) => ({
  x: v.x + x * v.zoom,
  y: v.y + y * v.zoom,
})

describe('fitViewport', () => {
  it('fills the canvas with the bounds, centred, when nothing covers it', () => {
    const v = fitViewport({ x: 0, y: 0, width: 1000, height: 500 }, 500, 500, NONE, OPTIONS)
    expect(v.zoom).toBe(0.5)
    expect(toScreen(v, 0, 0)).toEqual({ x: 0, y: 125 })
    expect(toScreen(v, 1000, 500)).toEqual({ x: 500, y: 375 })
  })

  it('keeps the bounds clear of the toolbar on top and the legend below', () => {
    const insets = { top: 60, right: 0, bottom: 100, left: 0 }
    const v = fitViewport({ x: -50, y: -50, width: 1000, height: 1000 }, 1200, 800, insets, OPTIONS)
    const top = toScreen(v, -50, -50)
    const bottom = toScreen(v, 950, 950)
    expect(top.y).toBeGreaterThanOrEqual(60)
    expect(bottom.y).toBeLessThanOrEqual(700 + 1e-9)
    expect(v.zoom).toBeCloseTo(0.64)
  })

  it('respects the zoom limits and a margin', () => {
    const small = fitViewport({ x: 0, y: 0, width: 10, height: 10 }, 800, 800, NONE, OPTIONS)
    expect(small.zoom).toBe(2)
    const big = fitViewport({ x: 0, y: 0, width: 1e6, height: 1e6 }, 800, 800, NONE, OPTIONS)
    expect(big.zoom).toBe(0.1)
    const margin = fitViewport({ x: 0, y: 0, width: 100, height: 100 }, 120, 120, NONE, {
      ...OPTIONS,
      margin: 10,
    })
    expect(margin.zoom).toBe(1)
    expect(toScreen(margin, 0, 0)).toEqual({ x: 10, y: 10 })
  })
})

describe('fitAroundOverlays', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 500 }

  it('keeps the map clear of a toolbar across its top', () => {
    const toolbar = { x: 10, y: 10, width: 980, height: 50 }
    const v = fitAroundOverlays(bounds, 1000, 600, [toolbar], OPTIONS)
    expect(v.y).toBeGreaterThanOrEqual(60)
  })

  it('costs the map nothing for a small key in a corner beside it', () => {
    // The map is wide and short, so it is fitted by its width with room above and below it.
    const key = { x: 10, y: 560, width: 140, height: 30 }
    const plain = fitViewport(bounds, 1000, 600, NONE, OPTIONS)
    expect(fitAroundOverlays(bounds, 1000, 600, [key], OPTIONS)).toEqual(plain)
  })

  it('moves the map up out of the way of a key it would run under', () => {
    const key = { x: 10, y: 480, width: 300, height: 110 }
    const v = fitAroundOverlays({ x: 0, y: 0, width: 1000, height: 600 }, 1000, 600, [key], OPTIONS)
    expect(v.y + 600 * v.zoom).toBeLessThanOrEqual(480 + 1e-9)
  })
})
