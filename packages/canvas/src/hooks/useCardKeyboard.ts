import { useT } from '@samkart/i18n/react'
import { actorCategory, readActor } from '@samkart/model'
import { type FocusEvent, type KeyboardEvent, useCallback } from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { cardIdOf, edgeIdOf } from '../matrix/cardElements'
import { scoresAfterKey } from '../matrix/keyboardMove'

/**
 * Moves the focused card (or marker) `id` for an arrow key and returns what to announce, or
 * `null` when the key is not a move this view handles. Each view has its own: scores in the
 * matrix, interest × influence in the lens, free positions in the network.
 */
export type KeyboardMover = (id: string, key: string, large: boolean) => string | null

/** What {@link useCardKeyboard} needs from the view. */
export interface CardKeyboardOptions {
  doc: Y.Doc
  actions: ActorActions
  onRename: (id: string) => void
  /** Called after a card was deleted, to put focus somewhere sensible. */
  onDeleted: () => void
  announce: (text: string) => void
  /** Selects the card reached by keyboard (through the shared selection store). */
  onSelect: (id: string) => void
  /** Space on a card: adds it to or removes it from a selection of several. */
  onSpace?: (id: string) => void
  /** The view's arrow-key move; the matrix's by default. */
  move?: KeyboardMover
  /** A viewer's board: no key moves, renames or deletes anything; focus still selects. */
  readOnly?: boolean
  /** Relation edges: Enter opens the editor, Delete deletes, focus selects. */
  onEdgeOpen?: (id: string) => void
  onEdgeDelete?: (id: string) => void
  onEdgeFocus?: (id: string) => void
}

const percent = (value: number) => Math.round(value * 100)

/** Keys that move, rename or delete a card or relation. */
const isEditKey = (key: string) =>
  key.startsWith('Arrow') ||
  key === 'Enter' ||
  key === 'F2' ||
  key === 'Delete' ||
  key === 'Backspace'

/**
 * Keyboard handling for focused cards and relations, attached to the canvas wrapper:
 * - arrow keys move the card and write the new position to the document at once (Shift: larger
 *   steps). We take these over from React Flow, whose arrow moves need a selection first, step
 *   5 px and announce raw coordinates in English;
 * - Enter or F2 opens rename; Delete or Backspace deletes through the model;
 * - Space adds the card to a selection of several or removes it (see `spaceOnActor`);
 * - on a relation, Enter opens its editor and Delete or Backspace deletes it;
 * - a card or relation reached by keyboard is selected, so the side panel follows focus.
 */
export function useCardKeyboard({
  doc,
  actions,
  onRename,
  onDeleted,
  announce,
  onSelect,
  onSpace,
  move,
  readOnly = false,
  onEdgeOpen,
  onEdgeDelete,
  onEdgeFocus,
}: CardKeyboardOptions) {
  const t = useT()

  const matrixMove = useCallback<KeyboardMover>(
    (id, key, large) => {
      const actor = readActor(doc, id)
      const next = actor && scoresAfterKey(actor, key, large)
      if (!actor || !next) return null
      if (!actions.move(id, next).ok) return ''
      return t('matrix.moved', {
        name: actor.name,
        category: t(`category.${actorCategory(next.importance, next.substitutability)}`),
        importance: percent(next.importance),
        substitutability: percent(next.substitutability),
      })
    },
    [doc, actions, t],
  )
  const moveCard = move ?? matrixMove

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      // Selecting is for everyone, viewers too: it changes nothing on the board.
      const spaced = event.key === ' ' && onSpace ? cardIdOf(event.target) : null
      if (spaced) {
        event.preventDefault()
        event.stopPropagation()
        return onSpace!(spaced)
      }
      if (readOnly) {
        // Swallowed, so neither React Flow's own arrow moves nor anything else acts on them.
        if (isEditKey(event.key) && (cardIdOf(event.target) || edgeIdOf(event.target))) {
          event.preventDefault()
          event.stopPropagation()
        }
        return
      }
      const edgeId = edgeIdOf(event.target)
      if (edgeId) {
        if (event.key === 'Enter' && onEdgeOpen) onEdgeOpen(edgeId)
        else if ((event.key === 'Delete' || event.key === 'Backspace') && onEdgeDelete)
          onEdgeDelete(edgeId)
        else return
        event.preventDefault()
        event.stopPropagation()
        return
      }
      const id = cardIdOf(event.target)
      if (!id) return
      const moved = event.key.startsWith('Arrow') ? moveCard(id, event.key, event.shiftKey) : null
      if (moved !== null) {
        event.preventDefault()
        event.stopPropagation()
        if (moved) announce(moved)
        return
      }
      const actor = readActor(doc, id)
      if (!actor) return
      if (event.key === 'Enter' || event.key === 'F2') {
        event.preventDefault()
        onRename(id)
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault()
        event.stopPropagation()
        if (actions.remove(id).ok) {
          announce(t('actor.deleted', { name: actor.name }))
          onDeleted()
        }
      }
    },
    [
      doc,
      actions,
      onRename,
      onDeleted,
      announce,
      moveCard,
      readOnly,
      onSpace,
      onEdgeOpen,
      onEdgeDelete,
      t,
    ],
  )

  const onFocus = useCallback(
    (event: FocusEvent) => {
      // Only keyboard focus: a mouse click selects through React Flow, with multi-select keys.
      if (!(event.target as HTMLElement).matches(':focus-visible')) return
      const id = cardIdOf(event.target)
      if (id && readActor(doc, id)) return onSelect(id)
      const edgeId = edgeIdOf(event.target)
      if (edgeId) onEdgeFocus?.(edgeId)
    },
    [doc, onSelect, onEdgeFocus],
  )

  return { onKeyDownCapture, onFocus }
}
