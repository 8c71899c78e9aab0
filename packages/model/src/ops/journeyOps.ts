import type * as Y from 'yjs'
import type { Journey } from '../entities/Journey'
import type { Phase } from '../entities/Phase'
import type { Touchpoint } from '../entities/Touchpoint'
import type { EntityFields } from '../entities/registry'
import { orderBetween, sortByOrder } from '../order'
import { type Result, fail, ok } from '../result'
import { entityExists, readEntities, readEntity, writeFields } from '../doc/entityStore'
import { entityRoot } from '../doc/schema'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from './entityOps'
import { addDefaultLanes } from '../journey/laneOps'
import { readLaneItems } from '../journey/laneItemOps'
import { copyLanes } from '../journey/copyLanes'
import { compareNames } from '../compareNames'

/** Every journey on the board, sorted by title (then id). */
export function readJourneys(doc: Y.Doc): Journey[] {
  return readEntities(doc, 'journey').sort(
    (a, b) => compareNames(a.title, b.title) || (a.id < b.id ? -1 : 1),
  )
}

/** A journey's phases, left to right. */
export function readPhases(doc: Y.Doc, journeyId: string): Phase[] {
  return sortByOrder(readEntities(doc, 'phase').filter((p) => p.journeyId === journeyId))
}

/** A phase's touchpoints, in order. */
export function readTouchpoints(doc: Y.Doc, phaseId: string): Touchpoint[] {
  return sortByOrder(readEntities(doc, 'touchpoint').filter((t) => t.phaseId === phaseId))
}

/** Creates a journey with the built-in lanes, in one transaction. */
export function createJourney(
  doc: Y.Doc,
  input: Partial<EntityFields<'journey'>> & { title: string; id?: string },
  options?: WriteOptions,
): Result<string> {
  let result: Result<string> = fail({ code: 'not_found', entity: 'journey', message: 'not made' })
  doc.transact(() => {
    result = createEntity(doc, 'journey', input)
    if (result.ok) addDefaultLanes(doc, result.value)
  }, options?.origin ?? null)
  return result
}

/**
 * The order key for an item placed at `index` among `siblings` (sorted, without the item): a key
 * between its new neighbours, so normally only the moved item's key changes. When the
 * neighbours share a key (two people once dropped items on the same spot), no key lies between
 * them; then every sibling gets a fresh, distinct key in the same transaction, keeping their
 * current order, and the item the key at its place.
 */
function placeAt(
  doc: Y.Doc,
  kind: 'phase' | 'touchpoint',
  siblings: readonly { id: string; order: string }[],
  index: number,
): string {
  const at = Math.max(0, Math.min(index, siblings.length))
  const before = siblings[at - 1]?.order ?? null
  const after = siblings[at]?.order ?? null
  if (before === null || after === null || before < after) return orderBetween(before, after)
  let previous: string | null = null
  let mine = ''
  for (let i = 0; i <= siblings.length; i++) {
    const key = orderBetween(previous, null)
    previous = key
    if (i === at) mine = key
    const sibling = siblings[i < at ? i : i - 1]
    if (i !== at && sibling) updateEntity(doc, kind, sibling.id, { order: key })
  }
  return mine
}

/** Adds a phase to a journey at `index` (default: last). */
export function addPhase(
  doc: Y.Doc,
  journeyId: string,
  input: { title: string; index?: number },
  options?: WriteOptions,
): Result<string> {
  let result: Result<string> = fail({ code: 'not_found', entity: 'phase', message: 'not added' })
  doc.transact(() => {
    const siblings = readPhases(doc, journeyId)
    const order = placeAt(doc, 'phase', siblings, input.index ?? siblings.length)
    result = createEntity(doc, 'phase', { journeyId, title: input.title, order })
  }, options?.origin ?? null)
  return result
}

/** Moves a phase to position `index` among its journey's phases. */
export function movePhase(
  doc: Y.Doc,
  phaseId: string,
  index: number,
  options?: WriteOptions,
): Result<Phase> {
  const phase = readEntity(doc, 'phase', phaseId)
  if (!phase)
    return fail({ code: 'not_found', entity: 'phase', message: `phase ${phaseId} does not exist` })
  let result: Result<Phase> = fail({ code: 'not_found', entity: 'phase', message: 'not moved' })
  doc.transact(() => {
    const siblings = readPhases(doc, phase.journeyId).filter((p) => p.id !== phaseId)
    result = updateEntity(doc, 'phase', phaseId, { order: placeAt(doc, 'phase', siblings, index) })
  }, options?.origin ?? null)
  return result
}

/** What happens to a phase's touchpoints when the phase is deleted. */
export type PhaseDeletion = { touchpoints: 'delete' } | { touchpoints: 'move'; to: string }

/**
 * Deletes a phase. Its touchpoints are deleted with it, or moved to the end of another phase of
 * the same journey (its notes and lane items too, lane by lane), in the same transaction (one undo step).
 */
export function deletePhase(
  doc: Y.Doc,
  phaseId: string,
  how: PhaseDeletion,
  options: WriteOptions = {},
): Result<void> {
  const phase = readEntity(doc, 'phase', phaseId)
  if (!phase)
    return fail({ code: 'not_found', entity: 'phase', message: `phase ${phaseId} does not exist` })
  if (how.touchpoints === 'delete') return deleteEntity(doc, 'phase', phaseId, options)
  const target = readEntity(doc, 'phase', how.to)
  if (!target || target.journeyId !== phase.journeyId || target.id === phaseId)
    return fail({
      code: 'missing_reference',
      entity: 'phase',
      field: 'phaseId',
      message: 'touchpoints can only move to another phase of the same journey',
    })
  let result: Result<void> = ok(undefined)
  doc.transact(() => {
    let last = readTouchpoints(doc, target.id).at(-1)?.order ?? null
    for (const tp of readTouchpoints(doc, phaseId)) {
      const order = orderBetween(last, null)
      const moved = updateEntity(doc, 'touchpoint', tp.id, { phaseId: target.id, order })
      if (!moved.ok) {
        result = fail(moved.error)
        return
      }
      last = order
    }
    // Its journey notes move along into the same lanes of the target phase.
    for (const note of readEntities(doc, 'note').filter((n) => n.phaseId === phaseId))
      updateEntity(doc, 'note', note.id, { phaseId: target.id })
    // And its lane items, after the target's own in each lane.
    for (const item of sortByOrder(
      readEntities(doc, 'laneItem').filter((i) => i.phaseId === phaseId),
    )) {
      const last = readLaneItems(doc, item.laneId, target.id).at(-1)?.order ?? null
      updateEntity(doc, 'laneItem', item.id, {
        phaseId: target.id,
        order: orderBetween(last, null),
      })
    }
    entityRoot(doc, 'phase').delete(phaseId)
  }, options.origin ?? null)
  return result
}

/** Adds a touchpoint to a phase at `index` (default: last). */
export function addTouchpoint(
  doc: Y.Doc,
  input: Partial<EntityFields<'touchpoint'>> & { phaseId: string; title: string; index?: number },
  options?: WriteOptions,
): Result<string> {
  const { index, ...fields } = input
  const phase = readEntity(doc, 'phase', input.phaseId)
  if (!phase)
    return fail({
      code: 'missing_reference',
      entity: 'touchpoint',
      field: 'phaseId',
      message: 'no such phase',
    })
  let result: Result<string> = fail({
    code: 'not_found',
    entity: 'touchpoint',
    message: 'not added',
  })
  doc.transact(() => {
    const siblings = readTouchpoints(doc, phase.id)
    const order = placeAt(doc, 'touchpoint', siblings, index ?? siblings.length)
    result = createEntity(doc, 'touchpoint', { ...fields, journeyId: phase.journeyId, order })
  }, options?.origin ?? null)
  return result
}

/** Moves a touchpoint to position `index` in a phase (its own or another of the journey). */
export function moveTouchpoint(
  doc: Y.Doc,
  touchpointId: string,
  to: { phaseId: string; index: number },
  options?: WriteOptions,
): Result<Touchpoint> {
  if (!readEntity(doc, 'touchpoint', touchpointId))
    return fail({
      code: 'not_found',
      entity: 'touchpoint',
      message: `touchpoint ${touchpointId} does not exist`,
    })
  let result: Result<Touchpoint> = fail({
    code: 'not_found',
    entity: 'touchpoint',
    message: 'not moved',
  })
  doc.transact(() => {
    const siblings = readTouchpoints(doc, to.phaseId).filter((t) => t.id !== touchpointId)
    const order = placeAt(doc, 'touchpoint', siblings, to.index)
    result = updateEntity(doc, 'touchpoint', touchpointId, { phaseId: to.phaseId, order })
  }, options?.origin ?? null)
  return result
}

/**
 * Copies a journey with all its phases, touchpoints, lanes and lane items (new ids, same order,
 * owners and links), for an
 * as-is / to-be pair or another variant, in one transaction. Owners that were deleted are kept
 * on the copies too, so the copy shows the same gaps as the original.
 */
export function duplicateJourney(
  doc: Y.Doc,
  journeyId: string,
  input: { title: string },
  options: WriteOptions = {},
): Result<string> {
  const journey = readEntity(doc, 'journey', journeyId)
  if (!journey)
    return fail({
      code: 'not_found',
      entity: 'journey',
      message: `journey ${journeyId} does not exist`,
    })
  let result: Result<string> = fail({ code: 'not_found', entity: 'journey', message: 'not copied' })
  doc.transact(() => {
    const { id: _journey, ...fields } = journey
    result = createEntity(doc, 'journey', { ...fields, title: input.title })
    if (!result.ok) return // an invalid title: nothing was written
    const copyId = result.value
    const phaseIds = new Map<string, string>()
    const touchpointIds = new Map<string, string>()
    for (const phase of readPhases(doc, journeyId)) {
      const { id: phaseId, ...phaseFields } = phase
      const newPhase = createEntity(doc, 'phase', { ...phaseFields, journeyId: copyId })
      if (!newPhase.ok) continue // only a hostile client's invalid phase can fail; skip it
      phaseIds.set(phaseId, newPhase.value)
      for (const tp of readTouchpoints(doc, phaseId)) {
        const { id: _tp, responsible, ...tpFields } = tp
        const existing = responsible.filter((id) => entityExists(doc, 'actor', id))
        const copy = createEntity(doc, 'touchpoint', {
          ...tpFields,
          responsible: existing,
          journeyId: copyId,
          phaseId: newPhase.value,
        })
        if (copy.ok) touchpointIds.set(tp.id, copy.value)
        if (copy.ok && existing.length !== responsible.length)
          writeFields('touchpoint', entityRoot(doc, 'touchpoint').get(copy.value)!, { responsible })
      }
    }
    copyLanes(doc, journeyId, copyId, { phases: phaseIds, touchpoints: touchpointIds })
  }, options.origin ?? null)
  return result
}
