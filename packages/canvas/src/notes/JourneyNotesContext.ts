import type { Lane, Note, Phase } from '@samkart/model'
import { createContext, useContext } from 'react'

/** What a journey cell needs to show and add its notes. */
export interface JourneyNotesValue {
  /** The notes of one phase × lane cell, oldest first. */
  notesIn(phaseId: string, laneId: string): readonly Note[]
  /** Adds an empty note to the cell and opens it for writing. */
  add(phase: Phase, lane: Lane): void
  /** Opens a note's options (text, colour, move, promote, delete). */
  open(noteId: string): void
  readOnly: boolean
}

export const JourneyNotesContext = createContext<JourneyNotesValue | null>(null)

/** The journey's notes; `null` outside a journey view (the table then shows none). */
export function useJourneyNotes(): JourneyNotesValue | null {
  return useContext(JourneyNotesContext)
}
