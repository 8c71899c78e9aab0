import * as Y from 'yjs'
import { type Result, fail, ok } from '../result'
import { createEntity } from '../ops/entityOps'
import { addPhase, addTouchpoint, createJourney } from '../ops/journeyOps'
import { linkJourneys } from '../journey/counterpart'
import type { BoardTemplate, TemplateJourney } from './BoardTemplate'
import { alvorligSyktBarnTemplate } from './alvorligSyktBarn'
import { alvorligSyktBarnActorsTemplate } from './alvorligSyktBarnActors'
import { digibarnevernTemplate } from './digibarnevern'
import { LIFE_EVENT_TEMPLATES } from './lifeEvents'

/** Every template a new board can start from, by id, in the order they are offered. */
export const BOARD_TEMPLATES: Readonly<Record<string, BoardTemplate>> = Object.fromEntries(
  [
    alvorligSyktBarnTemplate,
    alvorligSyktBarnActorsTemplate,
    digibarnevernTemplate,
    ...LIFE_EVENT_TEMPLATES,
  ].map((t) => [t.id, t]),
)

/** Origin of template writes: not the user's, so never an undo step. */
export const TEMPLATE_ORIGIN = 'samkart:template'

/** Ids given to a template's personas and info items, by template key. */
interface NamedIds {
  persona: Record<string, string>
  infoItem: Record<string, string>
}

/** The ids of `keys` in `ids`, or the first unknown key. */
function idsOf(
  keys: readonly string[] | undefined,
  ids: Record<string, string>,
): { ok: true; value: string[] } | { ok: false; key: string } {
  const unknown = (keys ?? []).find((key) => !ids[key])
  return unknown === undefined
    ? { ok: true, value: (keys ?? []).map((key) => ids[key]!) }
    : { ok: false, key: unknown }
}

function unknownKey(entity: string, field: string, owner: string, key: string) {
  return fail({
    code: 'missing_reference',
    entity,
    field,
    message: `template ${entity} «${owner}» names unknown ${field} ${key}`,
  })
}

/** Adds one template journey with its phases and touchpoints, in order, to `doc`. */
function addJourney(
  doc: Y.Doc,
  journey: TemplateJourney,
  ids: Record<string, string>,
  named: NamedIds,
): Result<string> {
  const personas = idsOf(journey.personas, named.persona)
  if (!personas.ok) return unknownKey('journey', 'personas', journey.title, personas.key)
  const created = createJourney(doc, {
    title: journey.title,
    description: journey.description ?? '',
    tags: [...(journey.tags ?? [])],
    stage: journey.stage ?? '',
    personas: personas.value,
  })
  if (!created.ok)
    return fail({ ...created.error, message: `${journey.key}: ${created.error.message}` })
  for (const phase of journey.phases) {
    const phaseId = addPhase(doc, created.value, { title: phase.title })
    if (!phaseId.ok) return phaseId
    for (const { responsible, personas: tpPersonas, asksFor, ...fields } of phase.touchpoints) {
      const forPersonas = idsOf(tpPersonas, named.persona)
      if (!forPersonas.ok)
        return unknownKey('touchpoint', 'personas', fields.title, forPersonas.key)
      const asked = idsOf(asksFor, named.infoItem)
      if (!asked.ok) return unknownKey('touchpoint', 'asksFor', fields.title, asked.key)
      const unknown = responsible.find((key) => !ids[key])
      if (unknown !== undefined)
        return fail({
          code: 'missing_reference',
          entity: 'touchpoint',
          field: 'responsible',
          message: `template touchpoint «${fields.title}» names unknown actor ${unknown}`,
        })
      const tp = addTouchpoint(doc, {
        ...fields,
        phaseId: phaseId.value,
        responsible: responsible.map((key) => ids[key]!),
        personas: forPersonas.value,
        asksFor: asked.value,
      })
      if (!tp.ok) return fail({ ...tp.error, message: `${fields.title}: ${tp.error.message}` })
    }
  }
  return created
}

/**
 * Adds a template's actors, relations and journeys to a board in one transaction, through the same
 * validated operations a user's edits use. If any entry is invalid the whole template is refused
 * and the board is left as it was.
 *
 * @returns the id given to each template actor key
 */
export function applyTemplate(
  doc: Y.Doc,
  template: BoardTemplate,
  options: { origin?: unknown } = {},
): Result<Record<string, string>> {
  // Build on a scratch copy first, so a bad template cannot leave half a board behind; then
  // bring the real board up to the copy in one update.
  const scratch = new Y.Doc()
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
  const ids: Record<string, string> = {}
  for (const { key, ...fields } of template.actors) {
    const created = createEntity(scratch, 'actor', fields)
    if (!created.ok) return fail({ ...created.error, message: `${key}: ${created.error.message}` })
    ids[key] = created.value
  }
  for (const r of template.relations) {
    const source = ids[r.source]
    const target = ids[r.target]
    if (!source || !target)
      return fail({
        code: 'missing_reference',
        entity: 'relation',
        message: `template relation names unknown actor ${source ? r.target : r.source}`,
      })
    const created = createEntity(scratch, 'relation', {
      source,
      target,
      type: r.type,
      label: r.label ?? '',
    })
    if (!created.ok) return created
  }
  const journeyIds = new Map<string, string>()
  const named: NamedIds = { persona: {}, infoItem: {} }
  for (const { key, ...fields } of template.personas ?? []) {
    const created = createEntity(scratch, 'persona', fields)
    if (!created.ok) return fail({ ...created.error, message: `${key}: ${created.error.message}` })
    named.persona[key] = created.value
  }
  for (const { key, name } of template.infoItems ?? []) {
    const created = createEntity(scratch, 'infoItem', { name })
    if (!created.ok) return fail({ ...created.error, message: `${key}: ${created.error.message}` })
    named.infoItem[key] = created.value
  }
  for (const journey of template.journeys ?? []) {
    const added = addJourney(scratch, journey, ids, named)
    if (!added.ok) return added
    journeyIds.set(journey.key, added.value)
  }
  for (const journey of template.journeys ?? []) {
    if (!journey.counterpart) continue
    const other = journeyIds.get(journey.counterpart)
    if (!other)
      return fail({
        code: 'missing_reference',
        entity: 'journey',
        field: 'counterpartId',
        message: `${journey.key}: unknown counterpart ${journey.counterpart}`,
      })
    const linked = linkJourneys(scratch, journeyIds.get(journey.key)!, other)
    if (!linked.ok) return linked
  }
  Y.applyUpdate(
    doc,
    Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc)),
    options.origin ?? TEMPLATE_ORIGIN,
  )
  scratch.destroy()
  return ok(ids)
}
