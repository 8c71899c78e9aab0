import type { Locale } from '@samkart/i18n'
import type { BoardData } from '../board/BoardData'
import { journeyScene } from './journeyScene'
import { matrixScene } from './matrixScene'
import { networkScene } from './networkScene'
import { COLORS } from './palette'
import type { Scene, SceneItem, SceneView } from './Scene'
import { sceneContext } from './SceneContext'

/** Options of the scene builders. */
export interface SceneOptions {
  locale?: Locale
  now?: Date
}

/** The board's journeys in report order: by title (bokmål collation), then id. */
export function journeysInOrder(board: BoardData) {
  return [...board.journeys].sort(
    (a, b) => a.title.localeCompare(b.title, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** The views a board has, in report order: matrix, network, then each journey by title. */
export function boardViews(board: BoardData): SceneView[] {
  return [
    { kind: 'matrix' },
    { kind: 'network' },
    ...journeysInOrder(board).map((j) => ({ kind: 'journey' as const, journeyId: j.id })),
  ]
}

/** Lays out one view of a board. A journey view of a journey that does not exist throws. */
export function buildScene(board: BoardData, view: SceneView, options: SceneOptions = {}): Scene {
  const ctx = sceneContext(options)
  switch (view.kind) {
    case 'matrix':
      return matrixScene(board, ctx)
    case 'network':
      return networkScene(board, ctx)
    case 'journey': {
      const journey = board.journeys.find((j) => j.id === view.journeyId)
      if (!journey) throw new Error(`no journey ${view.journeyId} on this board`)
      return journeyScene(board, journey, ctx)
    }
  }
}

/** Gap between stacked views on the sheet. */
const SHEET_GAP = 24

/** Every view of the board stacked into one tall scene (the headless PNG and `--format svg`). */
export function boardSheetScene(board: BoardData, options: SceneOptions = {}): Scene {
  const scenes = boardViews(board).map((view) => buildScene(board, view, options))
  const width = Math.max(...scenes.map((s) => s.width))
  const items: SceneItem[] = []
  let top = 0
  scenes.forEach((scene, i) => {
    if (i > 0)
      items.push({
        type: 'line',
        x1: 0,
        y1: top - SHEET_GAP / 2,
        x2: width,
        y2: top - SHEET_GAP / 2,
        stroke: COLORS.borderSubtle,
        strokeWidth: 2,
      })
    for (const item of scene.items) items.push(translate(item, 0, top))
    top += scene.height + SHEET_GAP
  })
  return {
    view: { kind: 'matrix' },
    title: board.meta.title,
    width,
    height: top - SHEET_GAP,
    background: COLORS.background,
    items,
  }
}

/** An item moved by (dx, dy). */
export function translate(item: SceneItem, dx: number, dy: number): SceneItem {
  switch (item.type) {
    case 'rect':
      return { ...item, x: item.x + dx, y: item.y + dy }
    case 'line':
      return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy }
    case 'circle':
      return { ...item, cx: item.cx + dx, cy: item.cy + dy }
    case 'polygon':
    case 'polyline':
      return { ...item, points: item.points.map(([x, y]) => [x + dx, y + dy] as const) }
    case 'text':
      return { ...item, x: item.x + dx, y: item.y + dy }
  }
}
