import type * as Y from 'yjs'
import type { InfoItem } from '../entities/InfoItem'
import { readEntities, readEntity } from '../doc/entityStore'
import { type Result, fail, ok } from '../result'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from '../ops/entityOps'
import { compareNames } from '../compareNames'

const key = (name: string) => name.trim().toLocaleLowerCase('nb')

/** The board's vocabulary of information asked for, by name (then id). */
export function readInfoItems(doc: Y.Doc): InfoItem[] {
  return readEntities(doc, 'infoItem').sort(
    (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1),
  )
}

/**
 * The info item named `name` (trimmed, ignoring case), creating it when the vocabulary has
 * none. Reusing the existing item is the point: «Diagnose» typed twice must be one item, or the
 * repeated-information analysis would see two different things.
 *
 * @returns the item's id
 */
export function ensureInfoItem(doc: Y.Doc, name: string, options?: WriteOptions): Result<string> {
  const existing = readInfoItems(doc).find((item) => key(item.name) === key(name))
  if (existing) return ok(existing.id)
  return createEntity(doc, 'infoItem', { name: name.trim() }, options)
}

/** Renames an info item; refused when another item already has that name. */
export function renameInfoItem(
  doc: Y.Doc,
  id: string,
  name: string,
  options?: WriteOptions,
): Result<InfoItem> {
  const clash = readInfoItems(doc).find((item) => item.id !== id && key(item.name) === key(name))
  if (clash)
    return fail({
      code: 'duplicate_name',
      entity: 'infoItem',
      field: 'name',
      message: `infoItem.name: ${clash.name} already exists`,
      params: { name: clash.name },
    })
  return updateEntity(doc, 'infoItem', id, { name: name.trim() }, options)
}

/**
 * Deletes an info item and takes it out of every touchpoint's `asksFor`, in one transaction.
 */
export function deleteInfoItem(doc: Y.Doc, id: string, options: WriteOptions = {}): Result<void> {
  if (!readEntity(doc, 'infoItem', id))
    return fail({ code: 'not_found', entity: 'infoItem', message: `infoItem ${id} does not exist` })
  let result: Result<void> = fail({ code: 'not_found', entity: 'infoItem', message: 'not deleted' })
  doc.transact(() => {
    for (const tp of readEntities(doc, 'touchpoint'))
      if (tp.asksFor.includes(id))
        updateEntity(doc, 'touchpoint', tp.id, { asksFor: tp.asksFor.filter((i) => i !== id) })
    result = deleteEntity(doc, 'infoItem', id)
  }, options.origin ?? null)
  return result
}
