import { useT } from '@samkart/i18n/react'
import {
  type Note,
  deleteNote,
  moveNote,
  noteTitle,
  promoteNoteToActor,
  promoteNoteToTouchpoint,
  readActor,
  readEntity,
  updateNote,
} from '@samkart/model'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { NoteDialogCommands, NotePatch } from './NoteDialog'

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
    // The dialog's text and colour, then the promotion, in one transaction: one update for
    // everyone, one undo step. Nothing is written when the promotion is refused.
    const promote = (
      note: Note,
      patch: NotePatch,
      to: 'actor' | 'touchpoint',
      run: typeof promoteNoteToActor,
    ): boolean => {
      let made: string | null = null
      doc.transact(() => {
        if (!noteTitle(patch.text, 200).title) return
        updateNote(doc, note.id, patch, { origin })
        const result = run(doc, note.id, { origin })
        if (result.ok) made = result.value.id
      }, origin)
      if (made === null) {
        announce(t('notes.promoteEmpty'))
        return false
      }
      promoted(note, to, made)
      return true
    }
    return {
      save(note, patch, to) {
        doc.transact(() => {
          updateNote(doc, note.id, patch, { origin })
          if (to) moveNote(doc, note.id, to, { origin })
        }, origin)
        done({ kind: 'saved', id: note.id })
      },
      promoteToActor(note, patch) {
        return promote(note, patch, 'actor', promoteNoteToActor)
      },
      promoteToTouchpoint(note, patch) {
        return promote(note, patch, 'touchpoint', promoteNoteToTouchpoint)
      },
      remove(note) {
        if (!deleteNote(doc, note.id, { origin }).ok) return
        announce(t('notes.deleted'))
        done({ kind: 'deleted', id: note.id })
      },
    }
  }, [doc, origin, announce, done, t])
}
