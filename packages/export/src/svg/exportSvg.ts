import type { BoardData } from '../board/BoardData'
import { type SceneOptions, buildScene } from '../scene/buildScene'
import type { SceneView } from '../scene/Scene'
import { sceneToSvg } from './sceneToSvg'

/** One view of the board as an SVG document (`buildScene` + `sceneToSvg`). */
export function exportSvg(board: BoardData, view: SceneView, options: SceneOptions = {}): string {
  return sceneToSvg(buildScene(board, view, options))
}
