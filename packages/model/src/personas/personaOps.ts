import type * as Y from 'yjs'
import type { Persona } from '../entities/Persona'
import type { EntityFields } from '../entities/registry'
import { readEntities, readEntity } from '../doc/entityStore'
import { type Result, fail } from '../result'
import { type WriteOptions, createEntity, deleteEntity, updateEntity } from '../ops/entityOps'
import { compareNames } from '../compareNames'

/** Every persona of the board, by name (then id), the order every list of them shows. */
export function readPersonas(doc: Y.Doc): Persona[] {
  return readEntities(doc, 'persona').sort(
    (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1),
  )
}

/** Creates a persona; the name is trimmed. */
export function createPersona(
  doc: Y.Doc,
  input: Partial<EntityFields<'persona'>> & { name: string; id?: string },
  options?: WriteOptions,
): Result<string> {
  return createEntity(doc, 'persona', { ...input, name: input.name.trim() }, options)
}

/** Changes a persona's fields (a given name is trimmed). */
export function updatePersona(
  doc: Y.Doc,
  id: string,
  patch: Partial<EntityFields<'persona'>>,
  options?: WriteOptions,
): Result<Persona> {
  const next = patch.name === undefined ? patch : { ...patch, name: patch.name.trim() }
  return updateEntity(doc, 'persona', id, next, options)
}

/**
 * Deletes a persona and takes it out of every journey and touchpoint that names it, in one
 * transaction (one undo step). Unlike a deleted owner, a deleted persona is not worth keeping
 * as a dangling name: nothing is analysed by it, and a touchpoint left naming only deleted
 * personas would silently stop being «for everyone».
 */
export function deletePersona(doc: Y.Doc, id: string, options: WriteOptions = {}): Result<void> {
  if (!readEntity(doc, 'persona', id))
    return fail({ code: 'not_found', entity: 'persona', message: `persona ${id} does not exist` })
  let result: Result<void> = fail({ code: 'not_found', entity: 'persona', message: 'not deleted' })
  doc.transact(() => {
    for (const journey of readEntities(doc, 'journey'))
      if (journey.personas.includes(id))
        updateEntity(doc, 'journey', journey.id, {
          personas: journey.personas.filter((p) => p !== id),
        })
    for (const tp of readEntities(doc, 'touchpoint'))
      if (tp.personas.includes(id))
        updateEntity(doc, 'touchpoint', tp.id, { personas: tp.personas.filter((p) => p !== id) })
    result = deleteEntity(doc, 'persona', id)
  }, options.origin ?? null)
  return result
}

/**
 * Whether a touchpoint concerns `personaId`: it names that persona, or names none at all (a
 * touchpoint without personas is for every persona of its journey). Personas that no longer
 * exist do not count, so a touchpoint naming only deleted ones is for everyone again.
 */
export function touchpointIsFor(
  touchpoint: { personas: readonly string[] },
  personaId: string,
  personaExists: (id: string) => boolean = () => true,
): boolean {
  const named = touchpoint.personas.filter(personaExists)
  return named.length === 0 || named.includes(personaId)
}
