import { laneName } from '@samkart/i18n'
import type { Journey, LaneItem } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import type { SceneContext } from '../scene/SceneContext'
import { addressedPains, laneItemsInOrder } from '../tables/laneItemRows'
import type { PdfFlow } from './PdfFlow'

/** A journey's opportunities and ideas, lane by lane, phase by phase. */
export function journeyOpportunities(board: BoardData, journeyId: string): LaneItem[] {
  return laneItemsInOrder(board).filter(
    (i) => i.journeyId === journeyId && (i.kind === 'opportunity' || i.kind === 'idea'),
  )
}

/**
 * The opportunities and ideas of one journey as a table: phase, lane, kind, the text with its
 * description, and the pain points (of touchpoints or pain items) each addresses, so a reader of
 * the report sees what answers which problem.
 */
export function opportunitiesSection(
  flow: PdfFlow,
  board: BoardData,
  journey: Journey,
  ctx: SceneContext,
): void {
  const { t } = ctx
  const title = t('lanes.report.heading', { title: journey.title })
  const continued = t('report.continued', { title })
  flow.startPage(title, title)
  const phases = new Map(board.phases.map((p) => [p.id, p.title]))
  const lanes = new Map(board.lanes.map((l) => [l.id, laneName(l, t)]))
  flow.table(
    [
      { header: t('lanes.table.phase'), weight: 2 },
      { header: t('lanes.table.lane'), weight: 2 },
      { header: t('lanes.table.kind'), weight: 1.3 },
      { header: t('lanes.table.text'), weight: 5 },
      { header: t('lanes.table.addresses'), weight: 5 },
    ],
    journeyOpportunities(board, journey.id).map((item) => {
      const addressed = addressedPains(board, item)
      return [
        phases.get(item.phaseId) ?? '',
        lanes.get(item.laneId) ?? '',
        t(`lanes.item.kind.${item.kind}`),
        item.description ? `${item.text}\n${item.description}` : item.text,
        addressed.length > 0 ? addressed.join('\n') : t('lanes.opportunities.unlinked'),
      ]
    }),
    { continued },
  )
}
