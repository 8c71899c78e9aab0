import type { Node } from '@xyflow/react'
import type { Note, NoteColor } from '@samkart/model'
import { type MapSurface, NOTE_SIZE, noteToFlow } from './noteGeometry'

/** What a note on the canvas shows; derived from the note, never written back. */
export interface NoteNodeData extends Record<string, unknown> {
  text: string
  color: NoteColor
  authorName: string
  createdAt: string
}

/** A React Flow node for one sticky note. */
export type NoteFlowNode = Node<NoteNodeData, 'note'>

/**
 * Notes are drawn above the cards: a note under a card could not be seen or clicked. New notes
 * are placed in free space (see `useFlowNotes`), so they do not cover cards either.
 */
const NOTE_Z = 1000

/**
 * The node for a note, reusing `prev` (and its `data`) where nothing changed, and keeping the
 * local-only fields (`selected`, `measured`, `dragging`; a dragged note's local position).
 */
export function noteNode(
  note: Note,
  surface: MapSurface,
  prev: NoteFlowNode | undefined,
  label: string,
  roleDescription: string,
  describedBy: string,
): NoteFlowNode {
  const fresh: NoteNodeData = {
    text: note.text,
    color: note.color,
    authorName: note.authorName,
    createdAt: note.createdAt,
  }
  const data =
    prev &&
    prev.data.text === fresh.text &&
    prev.data.color === fresh.color &&
    prev.data.authorName === fresh.authorName &&
    prev.data.createdAt === fresh.createdAt
      ? prev.data
      : fresh
  const docPosition = noteToFlow(surface, note)
  const position =
    prev &&
    (prev.dragging || (prev.position.x === docPosition.x && prev.position.y === docPosition.y))
      ? prev.position
      : docPosition
  const domAttributes =
    prev?.domAttributes?.['aria-roledescription'] === roleDescription
      ? prev.domAttributes
      : { 'aria-roledescription': roleDescription, 'aria-describedby': describedBy }
  if (
    prev &&
    prev.data === data &&
    prev.position === position &&
    prev.domAttributes === domAttributes &&
    prev.ariaLabel === label
  )
    return prev
  return {
    ...prev,
    id: note.id,
    type: 'note',
    position,
    data,
    domAttributes,
    ariaLabel: label,
    zIndex: NOTE_Z,
    width: NOTE_SIZE.width,
    className: `samkart-note-node samkart-note-node--${note.color}`,
  }
}
