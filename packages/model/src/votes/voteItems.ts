import type * as Y from 'yjs'
import type { ApiRefusal } from '../api/ApiRefusal'
import { entityRoot } from '../doc/schema'
import { readEntities } from '../doc/entityStore'
import { isValidId } from '../ids'
import { VOTE_ITEMS_MAX, type VoteItem, type VoteItemSet } from './votesRoot'

/**
 * The root of sticky notes (entity kind `note`, issue #12). Read here by name: a vote may be
 * on notes whether or not this build knows the kind's fields.
 */
const NOTES_ROOT = 'notes'

/** What a vote is started on. */
export interface VoteItemChoice {
  itemSet: VoteItemSet
  journeyId?: string
  itemIds?: string[]
}

/**
 * The items a vote on `choice` covers, as the board is now: every actor; the touchpoints of a
 * journey; those of them with a pain point (text or type); every note; or an explicit list of
 * existing actors, touchpoints and notes. Refuses an unknown journey or item, and an empty set.
 */
export function voteItems(
  doc: Y.Doc,
  choice: VoteItemChoice,
): { ok: true; value: VoteItem[] } | { ok: false; refusal: ApiRefusal } {
  const refuse = (status: 400 | 404, code: string, message: string) =>
    ({ ok: false, refusal: { status, code, message } }) as const
  const journeyTouchpoints = () =>
    readEntities(doc, 'touchpoint').filter((t) => t.journeyId === choice.journeyId)
  let items: VoteItem[]
  switch (choice.itemSet) {
    case 'actors':
      items = readEntities(doc, 'actor').map((a) => ({ kind: 'actor', id: a.id }))
      break
    case 'touchpoints':
    case 'painPoints': {
      if (!choice.journeyId || !entityRoot(doc, 'journey').has(choice.journeyId))
        return refuse(404, 'unknown_journey', 'no such journey on this board')
      const pains = choice.itemSet === 'painPoints'
      items = journeyTouchpoints()
        .filter((t) => !pains || t.painPoint.trim() !== '' || t.painType !== '')
        .map((t) => ({ kind: 'touchpoint', id: t.id }))
      break
    }
    case 'notes':
      items = [...doc.getMap<unknown>(NOTES_ROOT).keys()]
        .filter(isValidId)
        .map((id) => ({ kind: 'note', id }))
      break
    case 'custom': {
      items = []
      for (const id of choice.itemIds ?? []) {
        const kind = entityRoot(doc, 'actor').has(id)
          ? 'actor'
          : entityRoot(doc, 'touchpoint').has(id)
            ? 'touchpoint'
            : doc.getMap<unknown>(NOTES_ROOT).has(id)
              ? 'note'
              : null
        if (!kind) return refuse(400, 'unknown_item', `${id} is not an actor, touchpoint or note`)
        items.push({ kind, id })
      }
      break
    }
    default: {
      const unreachable: never = choice.itemSet
      throw new Error(`unknown item set ${String(unreachable)}`)
    }
  }
  if (items.length === 0) return refuse(400, 'no_items', 'there is nothing to vote on')
  if (items.length > VOTE_ITEMS_MAX)
    return refuse(400, 'too_many_items', `a vote covers at most ${VOTE_ITEMS_MAX} items`)
  return { ok: true, value: items }
}
