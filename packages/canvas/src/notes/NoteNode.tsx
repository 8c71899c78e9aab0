import { useT } from '@samkart/i18n/react'
import { NOTE_TEXT_MAX } from '@samkart/model'
import type { NodeProps } from '@xyflow/react'
import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react'
import { CommentBadge } from '../comments/CommentBadge'
import { NoteByline } from './NoteByline'
import type { NoteFlowNode } from './noteNodes'
import { useNotes } from './NotesContext'
import './notes.css'

/**
 * One sticky note on the aktørkart: its text, who wrote it and when, and a button for its
 * options. Double-click or Enter edits the text in place: Enter saves, Shift+Enter starts a new
 * line, Escape leaves it as it was. The wrapper React Flow draws around it is the focusable
 * element, named by the text (see `noteNode`).
 */
function NoteNodeView({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const t = useT()
  const notes = useNotes()
  const editing = notes.editing === id
  return (
    <div className="samkart-note" data-color={data.color} data-selected={selected || undefined}>
      {editing ? (
        <NoteEditor id={id} text={data.text} />
      ) : (
        <p className="samkart-note__text">{data.text || t('notes.empty')}</p>
      )}
      <span className="samkart-note__footer">
        <NoteByline authorName={data.authorName} createdAt={data.createdAt} />
        <CommentBadge kind="note" id={id} />
        {!notes.readOnly && !editing && (
          <button
            type="button"
            className="samkart-note__options nodrag"
            aria-label={t('notes.menu')}
            title={t('notes.menu')}
            onClick={() => notes.openOptions(id)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        )}
      </span>
    </div>
  )
}

/** The in-place text field of a note being edited. */
function NoteEditor({ id, text }: { id: string; text: string }) {
  const t = useT()
  const notes = useNotes()
  const [value, setValue] = useState(text)
  const ref = useRef<HTMLTextAreaElement>(null)
  // React Flow keeps a new node hidden until it has measured it, and a hidden field cannot take
  // focus: try again on the next frames until it can.
  useEffect(() => {
    let tries = 0
    let frame = 0
    const focus = () => {
      const field = ref.current
      if (!field || document.activeElement === field) return
      field.focus()
      field.select()
      if (document.activeElement !== field && tries++ < 20) frame = requestAnimationFrame(focus)
    }
    focus()
    return () => cancelAnimationFrame(frame)
  }, [])
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Not React Flow's nor the canvas's: these keys type text here.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      notes.finishEditing(id, null)
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      notes.finishEditing(id, value)
    }
  }
  return (
    <textarea
      className="samkart-note__editor nodrag nowheel nopan"
      aria-label={t('notes.text')}
      value={value}
      maxLength={NOTE_TEXT_MAX}
      ref={ref}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => notes.finishEditing(id, value)}
    />
  )
}

/** The React Flow node component for notes (`type: 'note'`). */
export const NoteNode = memo(NoteNodeView)
