import { type CommentTargetKind, commentTargetKey } from '@samkart/model'
import { useSyncExternalStore } from 'react'
import { useCommentsBridge } from './CommentsBridge'

const noSubscribe = () => () => {}
const zero = () => 0

/** Open comment threads on one item (0 without a bridge); re-renders only when it changes. */
export function useCommentCount(kind: CommentTargetKind, id: string): number {
  const bridge = useCommentsBridge()
  const key = commentTargetKey(kind, id)
  return useSyncExternalStore(
    bridge?.counts.subscribe ?? noSubscribe,
    bridge ? () => bridge.counts.get().get(key) ?? 0 : zero,
  )
}
