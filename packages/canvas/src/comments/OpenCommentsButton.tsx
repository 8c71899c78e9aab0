import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { CommentTargetKind } from '@samkart/model'
import { CommentIcon } from './CommentBadge'
import { useCommentsBridge } from './CommentsBridge'
import { useCommentCount } from './useCommentCount'

/**
 * «Kommentarer (2)»: opens the item's threads in the «Kommentarer» panel, for everyone who can
 * see the item (a viewer reads, and writes when allowed). Nothing where the app has no panel.
 */
export function OpenCommentsButton({ kind, id }: { kind: CommentTargetKind; id: string }) {
  const t = useT()
  const bridge = useCommentsBridge()
  const count = useCommentCount(kind, id)
  if (!bridge) return null
  return (
    <Button variant="secondary" data-size="sm" onClick={() => bridge.open({ kind, id })}>
      <CommentIcon />
      {count > 0 ? t('comments.openItem.count', { count }) : t('comments.openItem')}
    </Button>
  )
}
