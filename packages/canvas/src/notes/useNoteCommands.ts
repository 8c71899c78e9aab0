import { useT } from '@samkart/i18n/react'
import {
  type Note,
  deleteNote,
  moveNote,
  promoteNoteToActor,
  promoteNoteToTouchpoint,
  readActor,
  readEntity,
  updateNote,
} from '@samkart/model'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { NoteDialogCommands } from './NoteDialog'

/** What happened, for the caller to close the dialog and put focus somewhere sensible. */
export type NoteOutcome =
  | { kind: 'saved'; id: string }
  | { kind: 'deleted'; id: string }
  | { kind: 'promoted'; to: 'actor' | 'touchpoint'; id: string }

/**
 * The note dialog's commands, each one model call (one transaction, one undo step) with `origin`,
 * announced in words. A promotion of an empty note is refused and said so.
 */
export function useNoteCommands(
  doc: Y.Doc,
  origin: unknown,
  announce: (text: string) => void,
  done: (outcome: NoteOutcome) => void,
): NoteDialogCommands {
  const t = useT()
  return useMemo<NoteDialogCommands>(() => {
    const promoted = (note: Note, to: 'actor' | 'touchpoint', id: string) => {
      const name =
        to === 'actor'
          ? (readActor(doc, id)?.name ?? '')
          : (readEntity(doc, 'touchpoint', id)?.title ?? '')
      announce(t(to === 'actor' ? 'notes.promotedActor' : 'notes.promotedTouchpoint', { name }))
      done({ kind: 'promoted', to, id })
    }
    return {
      save(note, patch, to) {
        doc.transact(() => {
          updateNote(doc, note.id, patch, { origin })
          if (to) moveNote(doc, note.id, to, { origin })
        }, origin)
        done({ kind: 'saved', id: note.id })
      },
      promoteToActor(note) {
        const result = promoteNoteToActor(doc, note.id, { origin })
        if (result.ok) promoted(note, 'actor', result.value.id)
        else announce(t('notes.promoteEmpty'))
      },
      promoteToTouchpoint(note) {
        const result = promoteNoteToTouchpoint(doc, note.id, { origin })
        if (result.ok) promoted(note, 'touchpoint', result.value.id)
        else announce(t('notes.promoteEmpty'))
      },
      remove(note) {
        if (!deleteNote(doc, note.id, { origin }).ok) return
        announce(t('notes.deleted'))
        done({ kind: 'deleted', id: note.id })
      },
    }
  }, [doc, origin, announce, done, t])
}
