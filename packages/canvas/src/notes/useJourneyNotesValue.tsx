import {
  type Lane,
  type Note,
  type Phase,
  createNote,
  entityRoot,
  readNote,
  readNotes,
} from '@samkart/model'
import { useT } from '@samkart/i18n/react'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { useCanvasCollab } from '../presence/CanvasCollabContext'
import type { JourneyNotesValue } from './JourneyNotesContext'
import { NoteDialog } from './NoteDialog'
import { type NoteOutcome, useNoteCommands } from './useNoteCommands'

/**
 * The notes of one journey for its table (see `CellNotes`), and the dialog that edits, moves,
 * promotes and deletes them. Returns the context value and the dialog to render.
 */
export function useJourneyNotesValue(options: {
  doc: Y.Doc
  journeyId: string
  phases: readonly Phase[]
  /** The journey's lanes, top to bottom: where its notes may move. */
  lanes: readonly Lane[]
  origin: unknown
  readOnly: boolean
  announce: (text: string) => void
}): { value: JourneyNotesValue; dialog: ReactNode } {
  const { doc, journeyId, phases, lanes, origin, readOnly, announce } = options
  const t = useT()
  const collab = useCanvasCollab()
  const [notes, setNotes] = useState<readonly Note[]>([])
  const [openId, setOpenId] = useState<string | null>(null)

  useEffect(() => {
    const root = entityRoot(doc, 'note')
    const read = () =>
      setNotes(readNotes(doc).filter((n) => n.surface === 'journey' && n.journeyId === journeyId))
    read()
    root.observeDeep(read)
    return () => root.unobserveDeep(read)
  }, [doc, journeyId])

  const byCell = useMemo(() => {
    const map = new Map<string, Note[]>()
    for (const note of notes) {
      const key = `${note.phaseId}|${note.laneId}`
      map.set(key, [...(map.get(key) ?? []), note])
    }
    return map
  }, [notes])

  const add = useCallback(
    (phase: Phase, lane: Lane) => {
      const created = createNote(
        doc,
        {
          surface: 'journey',
          journeyId,
          phaseId: phase.id,
          laneId: lane.id,
          authorName: collab.presence?.self.get().name ?? '',
          authorId: collab.participantId ?? '',
        },
        { origin },
      )
      if (!created.ok) return
      announce(t('notes.created'))
      setOpenId(created.value)
    },
    [doc, journeyId, collab, origin, announce, t],
  )

  const value = useMemo<JourneyNotesValue>(
    () => ({
      notesIn: (phaseId, laneId) => byCell.get(`${phaseId}|${laneId}`) ?? [],
      add,
      open: setOpenId,
      readOnly,
    }),
    [byCell, add, readOnly],
  )

  const close = useCallback(() => setOpenId(null), [])
  // The dialog returns focus to the note it was opened from (a native dialog does).
  const done = useCallback((_: NoteOutcome) => setOpenId(null), [])
  const commands = useNoteCommands(doc, origin, announce, done)
  // Read at render: the dialog shows the note as it is now, and closes if someone deleted it.
  const open = openId ? (readNote(doc, openId) ?? null) : null
  const dialog = readOnly ? (
    <NoteDialog note={null} onClose={close} commands={commands} />
  ) : (
    <NoteDialog note={open} onClose={close} commands={commands} phases={phases} lanes={lanes} />
  )
  return { value, dialog }
}
