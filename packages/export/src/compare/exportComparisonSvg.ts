import { boardDiff } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import type { ReportComparison } from '../pdf/comparisonSection'
import type { SceneOptions } from '../scene/buildScene'
import { sceneContext } from '../scene/SceneContext'
import { sceneToSvg } from '../svg/sceneToSvg'
import { compareScene } from './compareScene'

/**
 * The comparison's matrix (moved actors at both places with an arrow, added and removed ones
 * marked) as an SVG document: the picture the history page offers as PNG, and the same figure
 * as the report's comparison section.
 */
export function exportComparisonSvg(
  after: BoardData,
  comparison: ReportComparison,
  options: SceneOptions = {},
): string {
  const ctx = sceneContext(options)
  const title = ctx.t('report.section.compare', {
    from: comparison.beforeLabel,
    to: comparison.afterLabel,
  })
  const diff = boardDiff(comparison.before, after)
  return sceneToSvg(compareScene(comparison.before, after, diff, ctx, title))
}
