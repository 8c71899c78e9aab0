import { intlLocale } from '@samkart/i18n'
import type { Comment, CommentTargetKind } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import type { SceneContext } from '../scene/SceneContext'
import type { PdfFlow } from './PdfFlow'

const KIND_KEY = {
  actor: 'comments.kind.actor',
  relation: 'comments.kind.relation',
  touchpoint: 'comments.kind.touchpoint',
  phase: 'comments.kind.phase',
  note: 'comments.kind.note',
} as const satisfies Record<CommentTargetKind, string>

/**
 * The report's appendix of comment threads, when asked for: the open threads, then the
 * resolved ones, each under the item it is on («Aktør: NAV»), its comments in order with
 * author and time; a deleted comment reads «Kommentaren er slettet». Headings and paragraphs
 * are tagged like the rest of the report (H1, H2, P).
 */
export function commentsAppendix(flow: PdfFlow, board: BoardData, ctx: SceneContext): void {
  const { t } = ctx
  const title = t('comments.report.heading')
  const continued = t('report.continued', { title })
  flow.startPage(title, title)
  const comments = board.comments ?? []
  const firsts = comments.filter((c) => c.threadId === '')
  const replies = (id: string) => comments.filter((c) => c.threadId === id)
  const when = (iso: string) =>
    iso
      ? new Date(iso).toLocaleString(intlLocale(ctx.locale), {
          dateStyle: 'short',
          timeStyle: 'short',
          timeZone: 'UTC',
        })
      : ''
  const line = (c: Comment) =>
    `${c.authorName || '?'} (${when(c.createdAt)}): ${c.deleted ? t('comments.deleted') : c.text}`
  for (const resolved of [false, true]) {
    flow.heading(t(resolved ? 'comments.report.resolved' : 'comments.report.open'), 13, continued)
    const threads = firsts.filter((c) => c.resolved === resolved)
    if (threads.length === 0) flow.paragraph(t('comments.report.none'), { continued })
    for (const first of threads) {
      flow.paragraph(
        t('comments.report.on', {
          kind: t(KIND_KEY[first.targetKind]),
          name: itemName(board, first.targetKind, first.targetId),
        }),
        { bold: true, size: 11, continued },
      )
      const list = flow.group()
      for (const c of [first, ...replies(first.id)]) flow.paragraph(line(c), { continued, list })
      flow.space(6)
    }
  }
}

function itemName(board: BoardData, kind: CommentTargetKind, id: string): string {
  const actor = (actorId: string) => board.actors.find((a) => a.id === actorId)?.name ?? '?'
  switch (kind) {
    case 'actor':
      return actor(id)
    case 'relation': {
      const r = board.relations.find((x) => x.id === id)
      return r ? `${actor(r.source)} → ${actor(r.target)}` : '?'
    }
    case 'touchpoint':
      return board.touchpoints.find((x) => x.id === id)?.title ?? '?'
    case 'phase':
      return board.phases.find((x) => x.id === id)?.title ?? '?'
    case 'note':
      return '?'
  }
}
