import { DANGER_SIGNALS_ROOT, ENTITY_KINDS, entityRoot, metaRoot } from '@samkart/model'
import * as Y from 'yjs'
import { type ReadableStore, createStore } from '../statusStore'

/** Whether undo and redo have anything to do, for the buttons. */
export interface UndoAvailability {
  canUndo: boolean
  canRedo: boolean
}

/** This tab's own edits, undoable step by step. */
export interface UndoHistory {
  /**
   * The transaction origin of this tab's edits: pass it to every model operation (the canvas
   * does). Edits with another origin (the server's, the IndexedDB copy's, a template's) are
   * never undone by this tab.
   */
  readonly origin: symbol
  readonly availability: ReadableStore<UndoAvailability>
  /** Reverts this tab's latest step; `false` if there was none. */
  undo(): boolean
  /** Re-applies the latest undone step; `false` if there was none. */
  redo(): boolean
  /**
   * Starts a group: every edit until {@link endGroup} becomes one step (a whole drag). Safe to
   * call again without an end (a new group starts).
   */
  beginGroup(): void
  /** Ends the group; the next edit starts a new step. */
  endGroup(): void
  destroy(): void
}

/**
 * Consecutive edits closer together than this merge into one step, as in text editors: a
 * burst of arrow-key moves is one undo, a rename a second later is another.
 */
const CAPTURE_MS = 500

/**
 * A `Y.UndoManager` over the board's root maps that tracks only this tab's edits:
 * - `trackedOrigins` holds this history's own origin (plus edits made with no origin at all,
 *   which on a client come only from local code, e.g. the danger-signal checklist);
 * - `captureTransaction` also requires `transaction.local`, so nothing applied with
 *   `Y.applyUpdate` counts: the WebSocket provider's updates (other people, and the templates
 *   the server loads), the IndexedDB copy, anything else remote. The one exception is an
 *   update applied with this history's own origin on purpose (a table import built on a
 *   scratch copy), which is this tab's edit and one step.
 * So undo reverts only your own changes, and loading a board or a template is never a step.
 */
export function createUndoHistory(doc: Y.Doc): UndoHistory {
  const origin = Symbol('samkart-local')
  const scope = [
    ...ENTITY_KINDS.map((kind) => entityRoot(doc, kind)),
    metaRoot(doc),
    doc.getMap(DANGER_SIGNALS_ROOT),
  ]
  const manager = new Y.UndoManager(scope, {
    trackedOrigins: new Set<unknown>([origin, null]),
    captureTransaction: (transaction) => transaction.local || transaction.origin === origin,
    captureTimeout: CAPTURE_MS,
  })
  const availability = createStore<UndoAvailability>({ canUndo: false, canRedo: false })
  const update = () => {
    const next = { canUndo: manager.canUndo(), canRedo: manager.canRedo() }
    const prev = availability.get()
    if (prev.canUndo !== next.canUndo || prev.canRedo !== next.canRedo) availability.set(next)
  }
  manager.on('stack-item-added', update)
  manager.on('stack-item-popped', update)
  manager.on('stack-cleared', update)
  let grouping = false

  return {
    origin,
    availability,
    undo() {
      manager.stopCapturing()
      return manager.undo() !== null
    },
    redo() {
      return manager.redo() !== null
    },
    beginGroup() {
      manager.stopCapturing()
      manager.captureTimeout = Number.POSITIVE_INFINITY
      grouping = true
    },
    endGroup() {
      if (!grouping) return
      grouping = false
      manager.captureTimeout = CAPTURE_MS
      manager.stopCapturing()
    },
    destroy() {
      manager.destroy()
    },
  }
}
