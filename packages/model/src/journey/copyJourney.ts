import type * as Y from 'yjs'
import { type EntityFields, ENTITY_KINDS, entitySpecs } from '../entities/registry'
import type { EntityKind, FieldSpec } from '../field'
import { createId } from '../ids'
import { type Result, fail } from '../result'
import { entityExists, readEntities, readEntity, writeFields } from '../doc/entityStore'
import { entityRoot } from '../doc/schema'
import { type WriteOptions, createEntity } from '../ops/entityOps'

/** One entity to copy: its kind, its id and its id in the copy. */
interface Part {
  kind: EntityKind
  id: string
  copyId: string
}

/**
 * The kinds that belong to a journey: those with a required `journeyId` reference to a journey,
 * read from the schema so a kind added later (lanes, lane items) is copied without a change here.
 */
function journeyKinds(): EntityKind[] {
  return ENTITY_KINDS.filter((kind) => {
    const spec = (entitySpecs[kind].fields as Record<string, FieldSpec>).journeyId
    return spec?.kind === 'ref' && spec.entity === 'journey'
  })
}

/**
 * Copies a journey and everything that belongs to it, in one transaction: every entity of any
 * kind whose `journeyId` is the source (phases, touchpoints, journey notes, and whatever kinds
 * the schema adds). Every `ref` or `set` field that points at a copied entity is remapped to the
 * copy, so the copy's touchpoints sit in the copy's phases; references to anything else (the
 * actors responsible) are kept. Comments are not copied: a discussion belongs to where it was
 * held. References to deleted entities are kept too (a touchpoint keeps its deleted owner and
 * shows «without owner» in the copy as well).
 *
 * @param fields the copy's own journey fields (title, stage, …), over the source's
 * @returns the copy's journey id
 */
export function copyJourney(
  doc: Y.Doc,
  sourceId: string,
  fields: Partial<EntityFields<'journey'>> & { title: string },
  options: WriteOptions = {},
): Result<string> {
  const source = readEntity(doc, 'journey', sourceId)
  if (!source)
    return fail({
      code: 'not_found',
      entity: 'journey',
      message: `journey ${sourceId} does not exist`,
      params: { id: sourceId },
    })
  const parts: Part[] = journeyKinds().flatMap((kind) =>
    readEntities(doc, kind)
      .filter((e) => (e as { journeyId?: string }).journeyId === sourceId)
      .map((e) => ({ kind, id: e.id, copyId: createId() })),
  )
  const remap = new Map<string, string>(parts.map((p) => [p.id, p.copyId]))
  let result: Result<string> = fail({ code: 'not_found', entity: 'journey', message: 'not copied' })
  doc.transact(() => {
    const { id: _source, ...journeyFields } = source
    result = createEntity(doc, 'journey', { ...journeyFields, ...fields })
    if (!result.ok) return // an invalid title: nothing was written
    remap.set(sourceId, result.value)
    // Set members that cannot be written through `createEntity` yet (a deleted owner, a member
    // of the same kind copied later) are written raw once every copy exists.
    const later: { part: Part; values: Record<string, string[]> }[] = []
    // `parts` is in the schema's dependency order, so a copy's references exist when it is made.
    for (const part of parts) {
      const entity = readEntity(doc, part.kind, part.id)
      if (!entity) continue
      const specs = entitySpecs[part.kind].fields as Record<string, FieldSpec>
      const input: Record<string, unknown> = { id: part.copyId }
      const full: Record<string, string[]> = {}
      for (const [field, spec] of Object.entries(specs)) {
        const value = (entity as unknown as Record<string, unknown>)[field]
        if (spec.kind === 'ref' && typeof value === 'string')
          input[field] = remap.get(value) ?? value
        else if (spec.kind === 'set' && spec.entity && Array.isArray(value)) {
          const kind = spec.entity
          const mapped = (value as string[]).map((id) => remap.get(id) ?? id)
          input[field] = mapped.filter((id) => entityExists(doc, kind, id))
          if ((input[field] as string[]).length !== mapped.length) full[field] = mapped
        } else input[field] = value
      }
      const copied = createEntity(doc, part.kind, input as never)
      // Only a hostile client's invalid entity can fail; it is left out of the copy.
      if (copied.ok && Object.keys(full).length > 0) later.push({ part, values: full })
    }
    for (const { part, values } of later) {
      const ymap = entityRoot(doc, part.kind).get(part.copyId)
      if (ymap) writeFields(part.kind, ymap as never, values as never)
    }
  }, options.origin ?? null)
  return result
}
