import { type DragEvent, type RefObject, useCallback, useRef, useState } from 'react'
import { type DropSide, sideOf } from './journeyDrop'

/** What is being dragged: a phase (its header) or a touchpoint (its column). */
export type DragItem = { kind: 'phase'; id: string } | { kind: 'touchpoint'; id: string }

/** Where a drag would land. */
export type DropTarget =
  /** Beside a touchpoint, in its phase. */
  | { kind: 'touchpoint'; id: string; side: DropSide }
  /** Beside a phase. */
  | { kind: 'phase'; id: string; side: DropSide }
  /** A touchpoint dropped on a phase's header or its empty column: at the end of the phase. */
  | { kind: 'phaseEnd'; phaseId: string }

/** The drop marker: a bar at a column edge, in the scroll area's content coordinates. */
export interface DropMarker {
  left: number
  top: number
  height: number
}

/** What a cell receives: the drop targets it offers, whatever side the pointer is on. */
export type Receives =
  | { kind: 'touchpoint'; id: string }
  | { kind: 'phase'; id: string }
  | { kind: 'phaseEnd'; phaseId: string }

const TYPES = { phase: 'text/x-samkart-phase', touchpoint: 'text/x-samkart-touchpoint' } as const

/**
 * Pointer dragging in the journey table, with a marker at the edge where the item would land:
 * the left half of a column drops before it, the right half after. Only says *where*; the
 * caller turns the drop into a model operation (the same ones the keyboard moves use). A
 * viewer gets no drag sources and no drop targets.
 */
export function useJourneyDrag({
  scrollRef,
  enabled,
  onDrop,
}: {
  /** The journey's scroll area, which holds the table and positions the marker. */
  scrollRef: RefObject<HTMLElement | null>
  enabled: boolean
  onDrop: (item: DragItem, target: DropTarget) => void
}) {
  const dragging = useRef<DragItem | null>(null)
  const [marker, setMarker] = useState<DropMarker | null>(null)

  const clear = useCallback(() => {
    dragging.current = null
    setMarker(null)
  }, [])

  /** Props for what can be dragged. */
  const source = (item: DragItem) =>
    enabled
      ? {
          draggable: true,
          onDragStart: (event: DragEvent) => {
            dragging.current = item
            event.dataTransfer.setData(TYPES[item.kind], item.id)
            event.dataTransfer.effectAllowed = 'move'
          },
          onDragEnd: clear,
        }
      : {}

  /** The first of a cell's targets that takes the dragged item, or `null`. */
  const targetFor = (event: DragEvent, receives: readonly Receives[]): DropTarget | null => {
    const item = dragging.current
    if (!item) return null
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
    for (const r of receives) {
      switch (r.kind) {
        case 'phase':
          if (item.kind === 'phase') return { ...r, side: sideOf(event.clientX, box) }
          break
        case 'touchpoint':
          if (item.kind === 'touchpoint') return { ...r, side: sideOf(event.clientX, box) }
          break
        case 'phaseEnd':
          if (item.kind === 'touchpoint') return r
          break
      }
    }
    return null
  }

  const place = (event: DragEvent, target: DropTarget) => {
    const scroller = scrollRef.current
    const table = scroller?.querySelector(':scope > table')
    if (!scroller || !(table instanceof HTMLElement)) return
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
    const edge = target.kind !== 'phaseEnd' && target.side === 'before' ? box.left : box.right
    const origin = scroller.getBoundingClientRect()
    const next = {
      left: Math.round(edge - origin.left - scroller.clientLeft + scroller.scrollLeft),
      top: table.offsetTop,
      height: table.offsetHeight,
    }
    setMarker((prev) =>
      prev && prev.left === next.left && prev.height === next.height ? prev : next,
    )
  }

  /** Props for a cell that takes drops: a phase header, a touchpoint's cells, an empty phase. */
  const target = (...receives: Receives[]) =>
    enabled
      ? {
          onDragOver: (event: DragEvent) => {
            const at = targetFor(event, receives)
            if (!at) return
            event.preventDefault()
            event.stopPropagation()
            event.dataTransfer.dropEffect = 'move'
            place(event, at)
          },
          onDrop: (event: DragEvent) => {
            const item = dragging.current
            const at = targetFor(event, receives)
            if (!item || !at) return
            event.preventDefault()
            event.stopPropagation()
            clear()
            onDrop(item, at)
          },
        }
      : {}

  /** On the table: the marker goes when the pointer leaves it. */
  const onDragLeave = (event: DragEvent) => {
    const to = event.relatedTarget as Node | null
    if (!to || !(event.currentTarget as Node).contains(to)) setMarker(null)
  }

  return { marker, source, target, onDragLeave }
}

/** The drag helpers the journey table's cells use. */
export type JourneyDrag = ReturnType<typeof useJourneyDrag>
