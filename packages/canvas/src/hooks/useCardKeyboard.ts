import { useT } from '@samkart/i18n/react'
import { actorCategory, readActor } from '@samkart/model'
import {
  type Dispatch,
  type FocusEvent,
  type KeyboardEvent,
  type SetStateAction,
  useCallback,
} from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { type ActorFlowNode, selectOnly } from '../matrix/actorNodes'
import { cardIdOf } from '../matrix/cardElements'
import { scoresAfterKey } from '../matrix/keyboardMove'

/** What {@link useCardKeyboard} needs from the view. */
export interface CardKeyboardOptions {
  doc: Y.Doc
  actions: ActorActions
  setNodes: Dispatch<SetStateAction<ActorFlowNode[]>>
  onRename: (id: string) => void
  /** Called after a card was deleted, to put focus somewhere sensible. */
  onDeleted: () => void
  announce: (text: string) => void
}

const percent = (value: number) => Math.round(value * 100)

/**
 * Keyboard handling for focused cards, attached to the canvas wrapper:
 * - arrow keys move the card and write the new scores to the document at once (Shift: larger
 *   steps). We take these over from React Flow, whose arrow moves need a selection first, step
 *   5 px and announce raw coordinates in English;
 * - Enter or F2 opens rename; Delete or Backspace deletes through the model;
 * - a card reached by keyboard is selected, so the side panel follows focus.
 */
export function useCardKeyboard({
  doc,
  actions,
  setNodes,
  onRename,
  onDeleted,
  announce,
}: CardKeyboardOptions) {
  const t = useT()

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const id = cardIdOf(event.target)
      if (!id || event.altKey || event.ctrlKey || event.metaKey) return
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
      } else {
        const next = scoresAfterKey(actor, event.key, event.shiftKey)
        if (!next) return
        event.preventDefault()
        event.stopPropagation()
        if (!actions.move(id, next).ok) return
        announce(
          t('matrix.moved', {
            name: actor.name,
            category: t(`category.${actorCategory(next.importance, next.substitutability)}`),
            importance: percent(next.importance),
            substitutability: percent(next.substitutability),
          }),
        )
      }
    },
    [doc, actions, onRename, onDeleted, announce, t],
  )

  const onFocus = useCallback(
    (event: FocusEvent) => {
      const id = cardIdOf(event.target)
      // Only keyboard focus: a mouse click selects through React Flow, with multi-select keys.
      if (id && (event.target as HTMLElement).matches(':focus-visible'))
        setNodes((nodes) => selectOnly(nodes, id))
    },
    [setNodes],
  )

  return { onKeyDownCapture, onFocus }
}
