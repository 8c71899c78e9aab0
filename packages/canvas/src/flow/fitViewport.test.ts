import { describe, expect, it } from 'vitest'
import { fitViewport } from './fitViewport'

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
