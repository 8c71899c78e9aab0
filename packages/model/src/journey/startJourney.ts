import type * as Y from 'yjs'
import { phaseSpec } from '../entities/Phase'
import type { EntityFields } from '../entities/registry'
import { validateField } from '../field'
import { orderBetween } from '../order'
import { type Result, fail } from '../result'
import { createEntity } from '../ops/entityOps'
import { createJourney } from '../ops/journeyOps'
import type { WriteOptions } from '../ops/entityOps'

/**
 * The phases a new journey starts with: before, during and after the service. This is the
 * outline service design starts from (Smaply's "pre-service, service, post-service"; "start
 * out with the central point of your service, then ask what happens before and after"), it
 * holds for any public service, a life event as well as a single application, and it presumes
 * nothing (no «søknad», no «vedtak») that a journey like barnevern would have to delete first.
 * The words are the user's language, so the model knows the phases by key and the caller
 * passes their titles.
 */
export const STARTER_PHASES = ['before', 'during', 'after'] as const
/** One of {@link STARTER_PHASES}. */
export type StarterPhase = (typeof STARTER_PHASES)[number]

/**
 * Creates a journey together with its first phases and the built-in lanes, in one transaction: others never see a
 * journey without them, and one undo takes the whole journey away. The phases are ordinary
 * phases, renamed, moved or deleted like any other. Every title is checked first, so on an
 * error nothing is written.
 *
 * @returns the new journey's id
 * @example
 * startJourney(doc, { title: 'Alvorlig sykt barn' }, ['Før', 'Under', 'Etter'], { origin })
 */
export function startJourney(
  doc: Y.Doc,
  input: Partial<EntityFields<'journey'>> & { title: string; id?: string },
  phaseTitles: readonly string[],
  options: WriteOptions = {},
): Result<string> {
  for (const title of phaseTitles) {
    const error = validateField('phase', 'title', phaseSpec.fields.title, title)
    if (error) return fail(error)
  }
  let result: Result<string> = fail({ code: 'not_found', entity: 'journey', message: 'not made' })
  doc.transact(() => {
    result = createJourney(doc, input)
    if (!result.ok) return
    const journeyId = result.value
    let order: string | null = null
    for (const title of phaseTitles) {
      order = orderBetween(order, null)
      createEntity(doc, 'phase', { journeyId, title, order })
    }
  }, options.origin ?? null)
  return result
}
