import { createContext, useContext } from 'react'

/** What a note node needs from the canvas around it. */
export interface NotesContextValue {
  /** The note whose text is being edited in place, if any. */
  editing: string | null
  startEditing(id: string): void
  /** Ends editing: saves `text`, or with `null` keeps the note as it was. */
  finishEditing(id: string, text: string | null): void
  /** Opens the note's options (colour, promote, delete). */
  openOptions(id: string): void
  readOnly: boolean
}

export const NotesContext = createContext<NotesContextValue | null>(null)

/** The surrounding notes state; only valid inside a canvas that shows notes. */
export function useNotes(): NotesContextValue {
  const value = useContext(NotesContext)
  if (!value) throw new Error('useNotes must be used inside a canvas that shows notes')
  return value
}
