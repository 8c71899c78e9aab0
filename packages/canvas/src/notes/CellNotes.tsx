import { Button } from '@digdir/designsystemet-react'
import { laneName } from '@samkart/i18n'
import { useT } from '@samkart/i18n/react'
import type { Lane, Phase } from '@samkart/model'
import { useJourneyNotes } from './JourneyNotesContext'
import { CommentBadge } from '../comments/CommentBadge'
import { NoteByline } from './NoteByline'
import { isNoteLane } from './NoteDialog'
import './notes.css'

/**
 * The sticky notes of one phase × lane cell of a journey, as small stickies under the cell's
 * content, each a button that opens the note's options; and, for editors, a small «+ Notat»
 * button that adds one. Only in touchpoint lanes (see `isNoteLane`).
 */
export function CellNotes({ phase, lane }: { phase: Phase; lane: Lane }) {
  const t = useT()
  const notes = useJourneyNotes()
  if (!notes || !isNoteLane(lane)) return null
  const list = notes.notesIn(phase.id, lane.id)
  const name = laneName(lane, t)
  if (list.length === 0 && notes.readOnly) return null
  return (
    <div className="samkart-cell-notes">
      {list.length > 0 && (
        <ul
          className="samkart-cell-notes"
          aria-label={t('notes.inCell', { phase: phase.title, lane: name })}
        >
          {list.map((note) => (
            <li key={note.id} className="samkart-note-chip" data-color={note.color}>
              {notes.readOnly ? (
                <span className="samkart-note-chip__text">{note.text || t('notes.empty')}</span>
              ) : (
                // Named «Notat: …» so a list of buttons says what they are; the text it shows is
                // part of that name, and the author and time below it are not in the button.
                <button
                  type="button"
                  className="samkart-note-chip__text samkart-note-chip__open"
                  aria-label={t('notes.label', { text: note.text || t('notes.empty') })}
                  aria-haspopup="dialog"
                  onClick={() => notes.open(note.id)}
                >
                  {note.text || t('notes.empty')}
                </button>
              )}
              <NoteByline authorName={note.authorName} createdAt={note.createdAt} />
              <CommentBadge kind="note" id={note.id} />
            </li>
          ))}
        </ul>
      )}
      {!notes.readOnly && (
        <Button
          variant="tertiary"
          data-size="sm"
          className="samkart-cell-notes__add journey-touchpoint__tools"
          aria-label={t('notes.add', { phase: phase.title, lane: name })}
          title={t('notes.add', { phase: phase.title, lane: name })}
          onClick={() => notes.add(phase, lane)}
        >
          <span aria-hidden="true">+</span>
        </Button>
      )}
    </div>
  )
}
