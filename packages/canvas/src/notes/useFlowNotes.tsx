import { useT } from '@samkart/i18n/react'
import { freeSpot } from '@samkart/layout'
import {
  type Note,
  createNote,
  deleteNote,
  entityRoot,
  moveNote,
  readNote,
  readNotes,
  updateNote,
} from '@samkart/model'
import { type NodeChange, applyNodeChanges, useReactFlow } from '@xyflow/react'
import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type * as Y from 'yjs'
import { cardIdOf, findCard } from '../matrix/cardElements'
import { createMoveThrottle } from '../matrix/moveThrottle'
import { useCanvasCollab, useEditOrigin } from '../presence/CanvasCollabContext'
import type { SelectionStore } from '../selection/selectionStore'
import { NoteDialog } from './NoteDialog'
import { type MapSurface, NOTE_SIZE, clampNoteFlow, flowToNote, noteAfterKey } from './noteGeometry'
import { type NoteFlowNode, noteNode } from './noteNodes'
import type { NoteRequests } from './noteRequests'
import type { NotesContextValue } from './NotesContext'
import { type NoteOutcome, useNoteCommands } from './useNoteCommands'

/** What {@link useFlowNotes} needs from the canvas. */
export interface FlowNotesOptions {
  doc: Y.Doc
  readOnly: boolean
  announce: (text: string) => void
  canvasRef: RefObject<HTMLDivElement | null>
  selection: SelectionStore
  requests?: NoteRequests
  /** Id of the spoken keyboard help of a note. */
  helpId: string
}

/** The notes of one aktørkart view, ready for its React Flow canvas. */
export interface FlowNotes {
  nodes: NoteFlowNode[]
  has(id: string): boolean
  onNodesChange(changes: NodeChange<NoteFlowNode>[]): void
  /** The note's keys; `true` when the key was a note's and is handled. */
  onKeyDownCapture(event: KeyboardEvent): boolean
  onFocus(event: FocusEvent): boolean
  startEditing(id: string): void
  context: NotesContextValue
  dialog: ReactNode
}

const isDelete = (key: string) => key === 'Delete' || key === 'Backspace'
const isEditKey = (key: string) =>
  key.startsWith('Arrow') || key === 'Enter' || key === 'F2' || isDelete(key)

/**
 * The sticky notes of one aktørkart view as React Flow nodes beside the cards: kept in sync with
 * the document, selected (alone, with Shift/Ctrl-click, a selection box or Space), dragged and
 * moved by arrow keys like cards, edited in place, and deleted (the whole selection at once, one
 * undo step). «Nytt notat» (the toolbar, N) puts a note in free space in the middle of the view.
 */
export function useFlowNotes(surface: MapSurface, options: FlowNotesOptions): FlowNotes {
  const { doc, readOnly, announce, canvasRef, selection, requests, helpId } = options
  const t = useT()
  const origin = useEditOrigin()
  const collab = useCanvasCollab()
  const flow = useReactFlow()
  const [nodes, setNodes] = useState<NoteFlowNode[]>([])
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<string | null>(null)
  const [optionsFor, setOptionsFor] = useState<string | null>(null)
  const editingRef = useRef<string | null>(null)
  editingRef.current = editing
  /** Space started a selection of several: keyboard focus no longer replaces it. */
  const building = useRef(false)
  const ids = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes])

  useEffect(() => {
    const root = entityRoot(doc, 'note')
    const rebuild = () =>
      setNodes((prev) => {
        const byId = new Map(prev.map((n) => [n.id, n]))
        const next = readNotes(doc)
          .filter((note) => note.surface === surface)
          .map((note) =>
            noteNode(
              note,
              surface,
              byId.get(note.id),
              t('notes.label', { text: note.text || t('notes.empty') }),
              t('notes.roleDescription'),
              helpId,
            ),
          )
        return next.length === prev.length && next.every((n, i) => n === prev[i]) ? prev : next
      })
    rebuild()
    root.observeDeep(rebuild)
    return () => root.unobserveDeep(rebuild)
  }, [doc, surface, t, helpId])

  const shown = useMemo(
    () =>
      nodes.map((n) =>
        Boolean(n.selected) === selected.has(n.id) ? n : { ...n, selected: !n.selected },
      ),
    [nodes, selected],
  )

  const throttle = useMemo(
    () =>
      createMoveThrottle<{ x: number; y: number }>((id, p) => {
        moveNote(doc, id, flowToNote(surface, p), { origin })
      }),
    [doc, surface, origin],
  )
  useEffect(() => () => throttle.dispose(), [throttle])

  const onNodesChange = useCallback(
    (changes: NodeChange<NoteFlowNode>[]) => {
      const selects = changes.filter((c) => c.type === 'select')
      if (selects.length) {
        building.current = false
        setSelected((prev) => {
          const next = new Set(prev)
          for (const c of selects)
            if (c.selected) next.add(c.id)
            else next.delete(c.id)
          return next
        })
      }
      const local: NodeChange<NoteFlowNode>[] = []
      for (const change of changes) {
        if (change.type === 'select' || change.type === 'remove') continue
        if (change.type === 'position') {
          if (readOnly || !change.position) continue
          const position = clampNoteFlow(surface, change.position)
          local.push({ ...change, position })
          if (change.dragging) throttle.push(change.id, position)
          else throttle.commit(change.id, position)
        } else local.push(change)
      }
      if (local.length) setNodes((prev) => applyNodeChanges(local, prev))
    },
    [readOnly, surface, throttle],
  )

  const focusNote = useCallback(
    (id: string) =>
      requestAnimationFrame(() => {
        const container = canvasRef.current
        const card = container && findCard(container, id)
        ;(card ?? container)?.focus()
      }),
    [canvasRef],
  )

  const startEditing = useCallback(
    (id: string) => {
      if (!readOnly) setEditing(id)
    },
    [readOnly],
  )
  const finishEditing = useCallback(
    (id: string, text: string | null) => {
      if (editingRef.current !== id) return
      editingRef.current = null
      setEditing(null)
      if (text !== null && readNote(doc, id)?.text !== text)
        updateNote(doc, id, { text }, { origin })
      focusNote(id)
    },
    [doc, origin, focusNote],
  )

  const removeNotes = useCallback(
    (targets: string[]) => {
      let count = 0
      doc.transact(() => {
        for (const id of targets) if (deleteNote(doc, id, { origin }).ok) count++
      }, origin)
      if (count === 0) return
      setSelected(new Set())
      building.current = false
      announce(count === 1 ? t('notes.deleted') : t('notes.deletedMany', { count }))
      canvasRef.current?.focus()
    },
    [doc, origin, announce, t, canvasRef],
  )

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent): boolean => {
      const id = cardIdOf(event.target)
      if (!id || !ids.has(id) || event.altKey || event.ctrlKey || event.metaKey) return false
      const handled = () => {
        event.preventDefault()
        event.stopPropagation()
        return true
      }
      if (event.key === ' ') {
        setSelected((prev) => {
          const next = new Set(prev)
          if (!building.current && prev.size === 1 && prev.has(id)) return prev
          if (!next.delete(id)) next.add(id)
          return next
        })
        building.current = true
        return handled()
      }
      if (readOnly) return isEditKey(event.key) ? handled() : false
      if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
        setOptionsFor(id)
        return handled()
      }
      if (event.key === 'Enter' || event.key === 'F2') {
        setEditing(id)
        return handled()
      }
      if (isDelete(event.key)) {
        removeNotes(selected.has(id) && selected.size > 1 ? [...selected] : [id])
        return handled()
      }
      const note = readNote(doc, id)
      const next = note && noteAfterKey(surface, note, event.key, event.shiftKey)
      if (!next) return false
      moveNote(doc, id, next, { origin })
      return handled()
    },
    [ids, readOnly, removeNotes, selected, doc, surface, origin],
  )

  const onFocus = useCallback(
    (event: FocusEvent): boolean => {
      const id = cardIdOf(event.target)
      if (!id || !ids.has(id)) return false
      if (!(event.target as HTMLElement).matches(':focus-visible')) return true
      if (!building.current) {
        setSelected(new Set([id]))
        selection.clear()
      }
      return true
    },
    [ids, selection],
  )

  // «Nytt notat»: in free space, as near the middle of the view as there is room.
  useEffect(() => {
    if (!requests || readOnly) return
    return requests.onNew(() => {
      const box = canvasRef.current?.getBoundingClientRect()
      if (!box) return
      const centre = flow.screenToFlowPosition({
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
      })
      const taken = flow.getNodes().map((n) => ({
        x: n.position.x,
        y: n.position.y,
        width: n.measured?.width ?? NOTE_SIZE.width,
        height: n.measured?.height ?? NOTE_SIZE.height,
      }))
      const spot = freeSpot(taken, centre, { size: NOTE_SIZE, gap: 16 })
      const created = createNote(
        doc,
        {
          surface,
          ...flowToNote(surface, spot),
          authorName: collab.presence?.self.get().name ?? '',
          authorId: collab.participantId ?? '',
        },
        { origin },
      )
      if (!created.ok) return
      setSelected(new Set([created.value]))
      selection.clear()
      setEditing(created.value)
      announce(t('notes.created'))
    })
  }, [requests, readOnly, canvasRef, flow, doc, surface, collab, origin, selection, announce, t])

  const openOptions = useCallback((id: string) => setOptionsFor(id), [])
  const context = useMemo<NotesContextValue>(
    () => ({ editing, startEditing, finishEditing, openOptions, readOnly }),
    [editing, startEditing, finishEditing, openOptions, readOnly],
  )

  const closeOptions = useCallback(() => setOptionsFor(null), [])
  const done = useCallback(
    (outcome: NoteOutcome) => {
      setOptionsFor(null)
      if (outcome.kind === 'saved') focusNote(outcome.id)
      else if (outcome.kind === 'promoted' && outcome.to === 'actor') {
        selection.setActors([outcome.id])
        focusNote(outcome.id)
      } else canvasRef.current?.focus()
    },
    [focusNote, selection, canvasRef],
  )
  const commands = useNoteCommands(doc, origin, announce, done)
  const optionsNote: Note | null = optionsFor ? (readNote(doc, optionsFor) ?? null) : null
  const dialog = readOnly ? null : (
    <NoteDialog note={optionsNote} onClose={closeOptions} commands={commands} />
  )

  return {
    nodes: shown,
    has: (id: string) => ids.has(id),
    onNodesChange,
    onKeyDownCapture,
    onFocus,
    startEditing,
    context,
    dialog,
  }
}
