import * as Y from 'yjs'
import { type Result, fail, ok } from '../result'
import { createEntity } from '../ops/entityOps'
import type { BoardTemplate } from './BoardTemplate'
import { alvorligSyktBarnActorsTemplate } from './alvorligSyktBarnActors'
import { digibarnevernTemplate } from './digibarnevern'

/** Every template a new board can start from, by id. */
export const BOARD_TEMPLATES: Readonly<Record<string, BoardTemplate>> = {
  [alvorligSyktBarnActorsTemplate.id]: alvorligSyktBarnActorsTemplate,
  [digibarnevernTemplate.id]: digibarnevernTemplate,
}

/** Origin of template writes: not the user's, so never an undo step. */
export const TEMPLATE_ORIGIN = 'samkart:template'

/**
 * Adds a template's actors and relations to a board in one transaction, through the same
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
  Y.applyUpdate(
    doc,
    Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc)),
    options.origin ?? TEMPLATE_ORIGIN,
  )
  scratch.destroy()
  return ok(ids)
}
