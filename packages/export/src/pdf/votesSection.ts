import type { BoardData } from '../board/BoardData'
import type { SceneContext } from '../scene/SceneContext'
import type { PdfFlow } from './PdfFlow'

/**
 * «Avstemninger»: each revealed dot vote with its question, how many voted, and every item's
 * dots, most first. Only what everyone saw after the reveal; never who placed which dot.
 */
export function votesSection(flow: PdfFlow, board: BoardData, ctx: SceneContext): void {
  const { t } = ctx
  const votes = board.votes ?? []
  const title = t('report.section.votes')
  const continued = t('report.continued', { title })
  flow.startPage(title, `${title} (${votes.length})`)
  for (const vote of votes) {
    flow.heading(vote.title, 12, continued)
    flow.paragraph(t('report.votes.meta', { voters: vote.voters, dots: vote.dotsPerPerson }), {
      size: 9,
      continued,
    })
    flow.table(
      [
        { header: t('report.votes.item'), weight: 6 },
        { header: t('report.votes.dots'), weight: 1.5, numeric: true },
      ],
      vote.results.map((r) => [r.label || t('voting.deleted'), String(r.total)]),
      { continued },
    )
    flow.space(6)
  }
}
