import { useT } from '@samkart/i18n/react'
import { readActor } from '@samkart/model'
import { useCallback } from 'react'
import type * as Y from 'yjs'
import type { ActorActions } from '../actions/actorActions'
import { duplicateInput } from './duplicateActor'

/**
 * Duplicates actors: each copy gets every field but the organisation number, is named «Kopi av
 * …», and sits just beside its original. Returns the new ids; one copy is selected and focused
 * (`onCreated`), several are left for the caller to select.
 */
export function useDuplicateActor(
  doc: Y.Doc,
  actions: ActorActions,
  onCreated: (id: string) => void,
  announce: (text: string) => void,
): (...ids: string[]) => string[] {
  const t = useT()
  return useCallback(
    (...ids: string[]) => {
      const created: string[] = []
      for (const id of ids) {
        const actor = readActor(doc, id)
        if (!actor) continue
        const result = actions.create(duplicateInput(actor, (name) => t('actor.copyOf', { name })))
        if (result.ok) created.push(result.value)
      }
      if (created.length === 1) {
        onCreated(created[0]!)
        announce(t('actor.duplicated', { name: readActor(doc, created[0]!)?.name ?? '' }))
      }
      return created
    },
    [doc, actions, onCreated, announce, t],
  )
}
