import type { CommentTargetKind } from '@samkart/model'
import { createContext, useContext } from 'react'
import type { Subscribable } from '../presence/canvasPresence'

/** An item that comments hang on. */
export interface CommentTarget {
  kind: CommentTargetKind
  id: string
}

/** An item to show on the board; with `focus`, keyboard focus moves to it too. */
export interface CommentJump extends CommentTarget {
  focus: boolean
}

/**
 * What the canvas needs from the app's comment threads: how many open threads each item has
 * (for the badges), a way to open an item's threads in the «Kommentarer» panel, and the item
 * the panel asked the board to show. Framework-free stores; the app (which owns the panel)
 * provides them.
 */
export interface CommentsBridge {
  /** Open threads per item, keyed by `commentTargetKey(kind, id)`. */
  counts: Subscribable<ReadonlyMap<string, number>>
  /** Opens the panel on this item's threads. */
  open(target: CommentTarget): void
  /** The item to select and centre, set by «Vis på tavla»; the view showing it takes it. */
  jump: Subscribable<CommentJump | null>
  /** Clears {@link jump} once a view has shown the item. */
  jumped(): void
}

/** The app's comment threads for the canvas; `null` where there are none (tests, history). */
export const CommentsBridgeContext = createContext<CommentsBridge | null>(null)

/** The comment bridge, if the app gives one. */
export function useCommentsBridge(): CommentsBridge | null {
  return useContext(CommentsBridgeContext)
}
