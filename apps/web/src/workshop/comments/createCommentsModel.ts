import { type ReadableStore, createStore } from '@samkart/collab'
import type { CommentJump, CommentTarget, CommentsBridge } from '@samkart/canvas'
import {
  type CommentThread,
  openThreadCounts,
  readCommentThreads,
  viewersMayComment,
} from '@samkart/model'
import type * as Y from 'yjs'

/** Which thread list the panel shows: the board's, or one item's. */
export type CommentsPanelView = { kind: 'list' } | { kind: 'target'; target: CommentTarget }

/**
 * The board's comment threads for one tab, kept current from the document: what the panel
 * lists, the badges count and the canvas jumps to, plus where the panel is. Framework-free;
 * React reads the stores. It also is the canvas's {@link CommentsBridge}.
 */
export interface CommentsModel extends CommentsBridge {
  threads: ReadableStore<readonly CommentThread[]>
  /** Whether the facilitator lets viewers comment (`meta.viewersMayComment`). */
  viewersMayComment: ReadableStore<boolean>
  view: ReadableStore<CommentsPanelView>
  showList(): void
  /** Asks the board to select and centre an item (the canvas takes it, see `jump`). */
  show(jump: CommentJump): void
  destroy(): void
}

/**
 * @param openPanel opens the «Kommentarer» panel in the workshop rail (when an item asks)
 */
export function createCommentsModel(doc: Y.Doc, openPanel: () => void): CommentsModel {
  const threads = createStore<readonly CommentThread[]>([])
  const counts = createStore<ReadonlyMap<string, number>>(new Map())
  const allowed = createStore(false)
  const view = createStore<CommentsPanelView>({ kind: 'list' })
  const jump = createStore<CommentJump | null>(null)
  let signature = ''
  const refresh = () => {
    allowed.set(viewersMayComment(doc))
    const next = readCommentThreads(doc)
    // Most updates are drags and typing elsewhere: keep the same array when nothing changed,
    // so the panel and the badges do not re-render for them.
    const sig = JSON.stringify(next)
    if (sig === signature) return
    signature = sig
    threads.set(next)
    counts.set(openThreadCounts(next))
  }
  refresh()
  doc.on('update', refresh)
  return {
    threads,
    counts,
    viewersMayComment: allowed,
    view,
    jump,
    open(target) {
      view.set({ kind: 'target', target })
      openPanel()
    },
    showList: () => view.set({ kind: 'list' }),
    show: (target) => jump.set({ ...target }),
    jumped: () => jump.set(null),
    destroy: () => doc.off('update', refresh),
  }
}
