import type * as Y from 'yjs'
import { type SavedView, SAVED_VIEW_NAME_MAX } from '../entities/SavedView'
import { readEntities } from '../doc/entityStore'
import { createEntity, deleteEntity, updateEntity } from '../ops/entityOps'
import { orderBetween, sortByOrder } from '../order'
import type { Result } from '../result'

/** The walkthrough's steps in order. */
export function readSavedViews(doc: Y.Doc): SavedView[] {
  return sortByOrder(readEntities(doc, 'savedView'))
}

/** Adds `view` as the last step; returns its id. */
export function addSavedView(
  doc: Y.Doc,
  view: Omit<SavedView, 'id' | 'order'>,
  origin: unknown = null,
): Result<string> {
  const last = readSavedViews(doc).at(-1)
  const name = view.name.trim().slice(0, SAVED_VIEW_NAME_MAX)
  return createEntity(
    doc,
    'savedView',
    { ...view, name, order: orderBetween(last?.order ?? null, null) },
    { origin },
  )
}

/** Renames a step. */
export function renameSavedView(
  doc: Y.Doc,
  id: string,
  name: string,
  origin: unknown = null,
): Result<unknown> {
  return updateEntity(doc, 'savedView', id, { name: name.trim() }, { origin })
}

/**
 * Moves a step one place earlier (`-1`) or later (`1`), rewriting only its own order key so a
 * concurrent move of another step cannot conflict. `false` when it is already at that end.
 */
export function moveSavedView(doc: Y.Doc, id: string, by: -1 | 1, origin: unknown = null): boolean {
  const steps = readSavedViews(doc)
  const at = steps.findIndex((s) => s.id === id)
  const to = at + by
  if (at < 0 || to < 0 || to >= steps.length) return false
  // Between the neighbour it passes and the one beyond it.
  const before = by < 0 ? (steps[to - 1]?.order ?? null) : steps[to]!.order
  const after = by < 0 ? steps[to]!.order : (steps[to + 1]?.order ?? null)
  const order =
    before !== null && after !== null && before >= after
      ? // Equal keys (two steps added at once elsewhere): fall back to just past the neighbour.
        orderBetween(before, null)
      : orderBetween(before, after)
  return updateEntity(doc, 'savedView', id, { order }, { origin }).ok
}

/** Deletes a step. */
export function deleteSavedView(doc: Y.Doc, id: string, origin: unknown = null): boolean {
  return deleteEntity(doc, 'savedView', id, { origin }).ok
}
