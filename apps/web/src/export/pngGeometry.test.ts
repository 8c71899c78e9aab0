import { describe, expect, it } from 'vitest'
import {
  BOARD_MARGIN,
  MAX_AREA_PX,
  MAX_SIDE_PX,
  boardShot,
  fitPixelRatio,
  viewShot,
} from './pngGeometry'

describe('boardShot', () => {
  it('draws a small board at zoom 1 with a margin, moved so its corner is at the margin', () => {
    const shot = boardShot({ x: -100, y: 50, width: 1000, height: 600 }, 2)
    expect(shot.zoom).toBe(1)
    expect(shot.width).toBe(1000 + 2 * BOARD_MARGIN)
    expect(shot.height).toBe(600 + 2 * BOARD_MARGIN)
    expect(shot.transform).toBe(
      `translate(${100 + BOARD_MARGIN}px, ${BOARD_MARGIN - 50}px) scale(1)`,
    )
  })

  it('zooms a huge board out until it fits the side and area limits at the pixel ratio', () => {
    for (const ratio of [1, 2, 3]) {
      const shot = boardShot({ x: 0, y: 0, width: 20_000, height: 9_000 }, ratio)
      expect(shot.zoom).toBeLessThan(1)
      expect(shot.width * ratio).toBeLessThanOrEqual(MAX_SIDE_PX + ratio)
      expect(shot.height * ratio).toBeLessThanOrEqual(MAX_SIDE_PX + ratio)
      expect(shot.width * shot.height * ratio * ratio).toBeLessThanOrEqual(MAX_AREA_PX * 1.01)
    }
  })

  it('keeps the aspect ratio when zooming out', () => {
    const shot = boardShot(
      { x: 0, y: 0, width: 30_000 - 2 * BOARD_MARGIN, height: 10_000 - 2 * BOARD_MARGIN },
      1,
    )
    expect(shot.width / shot.height).toBeCloseTo(3, 1)
  })
})

describe('fitPixelRatio', () => {
  it('keeps the ratio asked for where the picture fits, and lowers it where it does not', () => {
    expect(fitPixelRatio({ width: 1300, height: 700 }, 3)).toBe(3)
    const big = { width: 2560, height: 1400 }
    const ratio = fitPixelRatio(big, 3)
    expect(ratio).toBeLessThan(3)
    expect(big.width * big.height * ratio * ratio).toBeCloseTo(MAX_AREA_PX, -3)
  })
})

describe('viewShot', () => {
  it('keeps the current pan and zoom and the visible size', () => {
    expect(viewShot({ width: 900.4, height: 600.6 }, { x: 10, y: -20, zoom: 0.5 })).toEqual({
      width: 900,
      height: 601,
      zoom: 0.5,
      transform: 'translate(10px, -20px) scale(0.5)',
    })
  })
})
