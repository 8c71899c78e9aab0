import type * as Y from 'yjs'
import type { Journey } from '../entities/Journey'
import type { EntityFields } from '../entities/registry'
import { type Result, fail, ok } from '../result'
import { readEntity } from '../doc/entityStore'
import { type WriteOptions, updateEntity } from '../ops/entityOps'
import { copyJourney } from './copyJourney'

/**
 * The journey `journey` is compared with, or `undefined` when it names none or the one it
 * named was deleted (`counterpartId` is a weak reference).
 */
export function counterpartOf(doc: Y.Doc, journey: Journey): Journey | undefined {
  if (journey.counterpartId === '' || journey.counterpartId === journey.id) return undefined
  return readEntity(doc, 'journey', journey.counterpartId)
}

/**
 * Links two journeys as each other's counterpart, in one transaction. A journey has at most
 * one counterpart, so a link either had before is taken down on both ends first (the old
 * partner no longer points back). `counterpartId: ''` unlinks `journeyId` alone.
 */
export function linkJourneys(
  doc: Y.Doc,
  journeyId: string,
  counterpartId: string,
  options: WriteOptions = {},
): Result<void> {
  const journey = readEntity(doc, 'journey', journeyId)
  const other = counterpartId === '' ? undefined : readEntity(doc, 'journey', counterpartId)
  if (!journey || (counterpartId !== '' && !other) || counterpartId === journeyId)
    return fail({
      code: 'not_found',
      entity: 'journey',
      field: 'counterpartId',
      message: `journey ${journeyId} cannot be linked to ${counterpartId}`,
    })
  doc.transact(() => {
    for (const side of other ? [journey, other] : [journey]) {
      const old = counterpartOf(doc, side)
      const staying = old?.id === journey.id || old?.id === other?.id
      if (old && !staying && old.counterpartId === side.id)
        updateEntity(doc, 'journey', old.id, unlinked)
    }
    updateEntity(doc, 'journey', journey.id, { counterpartId })
    if (other) updateEntity(doc, 'journey', other.id, { counterpartId: journey.id })
  }, options.origin ?? null)
  return ok(undefined)
}

const unlinked = { counterpartId: '' }

/**
 * «Lag ønsket reise»: makes a to-be journey as a copy of an as-is one (see `copyJourney`), marks
 * the source as-is and the copy to-be, and links the two both ways, in one transaction (one undo
 * step takes it all back). A link the source had before is replaced.
 *
 * @returns the to-be journey's id
 */
export function createToBe(
  doc: Y.Doc,
  asIsId: string,
  input: { title: string },
  options: WriteOptions = {},
): Result<string> {
  let result: Result<string> = fail({ code: 'not_found', entity: 'journey', message: 'not made' })
  doc.transact(() => {
    result = copyJourney(doc, asIsId, { title: input.title, stage: 'to-be', counterpartId: '' })
    if (!result.ok) return
    updateEntity(doc, 'journey', asIsId, { stage: 'as-is' })
    linkJourneys(doc, asIsId, result.value)
  }, options.origin ?? null)
  return result
}

/**
 * Saves the journey form: the journey's own fields and, when it changed, its counterpart link
 * (both ways, see {@link linkJourneys}), in one transaction, so one undo takes back the edit.
 * On an invalid field nothing is written.
 */
export function updateJourney(
  doc: Y.Doc,
  journeyId: string,
  values: Partial<EntityFields<'journey'>>,
  options: WriteOptions = {},
): Result<void> {
  const { counterpartId, ...fields } = values
  let result: Result<void> = ok(undefined)
  doc.transact(() => {
    const updated = updateEntity(doc, 'journey', journeyId, fields)
    if (!updated.ok) {
      result = updated
      return
    }
    if (counterpartId !== undefined && counterpartId !== updated.value.counterpartId)
      result = linkJourneys(doc, journeyId, counterpartId)
  }, options.origin ?? null)
  return result
}
