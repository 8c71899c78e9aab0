import { useT } from '@samkart/i18n/react'
import {
  type Phase,
  type Touchpoint,
  addTouchpoint,
  movePhase,
  moveTouchpoint,
} from '@samkart/model'
import type * as Y from 'yjs'
import { dropIndex, touchpointDropPlace } from './journeyDrop'
import { type PhaseColumn, stepIndex, stepTouchpoint } from './journeyGrid'
import type { TouchpointSelection } from './touchpointSelection'
import type { DragItem, DropTarget } from './useJourneyDrag'

/**
 * Puts focus on the control marked `data-focus={key}` once the table has re-rendered (a move
 * re-orders its cells, and a moved element can lose focus), or on `fallback` if it is gone.
 */
export function refocus(key: string, fallback?: string): void {
  requestAnimationFrame(() => {
    const find = (k: string) => document.querySelector<HTMLElement>(`[data-focus="${k}"]`)
    const el = find(key)
    if (el && !(el as HTMLButtonElement).disabled) el.focus()
    else if (fallback) find(fallback)?.focus()
  })
}

/**
 * The journey's moves and additions, shared by the keyboard (Alt+arrows, menus, the panel's
 * buttons) and the pointer (drops), so both end in the same model operations and the same
 * spoken result. Each move is announced, also when it cannot go further, since a screen reader
 * user would otherwise hear nothing at all.
 */
export function useJourneyCommands({
  doc,
  origin,
  phases,
  columns,
  selection,
  announce,
}: {
  doc: Y.Doc
  origin: unknown
  phases: readonly Phase[]
  columns: readonly PhaseColumn[]
  selection: TouchpointSelection
  announce: (text: string) => void
}) {
  const t = useT()
  const phaseTitle = (id: string) => phases.find((p) => p.id === id)?.title ?? ''

  const phaseMoved = (phase: Phase, index: number) => {
    if (!movePhase(doc, phase.id, index, { origin }).ok) return
    announce(
      t('journey.phase.moved', { title: phase.title, position: index + 1, count: phases.length }),
    )
  }

  const touchpointMoved = (tp: Touchpoint, to: { phaseId: string; index: number }) => {
    if (!moveTouchpoint(doc, tp.id, to, { origin }).ok) return false
    announce(
      t('journey.touchpoint.moved', {
        title: tp.title,
        position: to.index + 1,
        phase: phaseTitle(to.phaseId),
      }),
    )
    return true
  }

  const edge = (title: string, direction: -1 | 1) =>
    announce(t(direction < 0 ? 'journey.move.atStart' : 'journey.move.atEnd', { title }))

  return {
    /** One step left or right; focus goes back to the phase's menu button, which moved. */
    stepPhase(phase: Phase, direction: -1 | 1) {
      const index = phases.findIndex((p) => p.id === phase.id)
      const next = stepIndex(index, phases.length, direction)
      if (next === null) return edge(phase.title, direction)
      phaseMoved(phase, next)
      refocus(`phase-menu-${phase.id}`)
    },

    /**
     * One step left or right, across phase edges too. `refocusTitle`: the move came from the
     * touchpoint's header, whose button is re-created in its new place and needs focus back.
     */
    stepTouchpoint(tp: Touchpoint, direction: -1 | 1, refocusTitle = true) {
      const to = stepTouchpoint(columns, tp.id, direction)
      if (!to) return edge(tp.title, direction)
      if (touchpointMoved(tp, to) && refocusTitle) refocus(`tp-title-${tp.id}`)
    },

    /** A drop from a pointer drag, resolved against the current order. */
    drop(item: DragItem, target: DropTarget) {
      if (item.kind === 'phase') {
        const phase = phases.find((p) => p.id === item.id)
        if (!phase || target.kind !== 'phase') return
        const ids = phases.map((p) => p.id)
        const index = dropIndex(ids, item.id, target.id, target.side)
        if (index !== null) phaseMoved(phase, index)
        return
      }
      const tp = columns.flatMap((c) => c.touchpoints).find((x) => x.id === item.id)
      if (!tp) return
      switch (target.kind) {
        case 'touchpoint': {
          const place = touchpointDropPlace(columns, item.id, target.id, target.side)
          if (place) touchpointMoved(tp, place)
          return
        }
        case 'phaseEnd': {
          const column = columns.find((c) => c.phase.id === target.phaseId)
          if (!column) return
          if (column.touchpoints.at(-1)?.id === item.id) return // already last in this phase
          const others = column.touchpoints.filter((x) => x.id !== item.id)
          touchpointMoved(tp, { phaseId: target.phaseId, index: others.length })
          return
        }
        case 'phase':
          return
      }
    },

    /** A new touchpoint at the end of `phase`, opened in the panel with its title selected. */
    addTouchpoint(phase: Phase) {
      const result = addTouchpoint(
        doc,
        { phaseId: phase.id, title: t('journey.touchpoint.new') },
        { origin },
      )
      if (!result.ok) return
      selection.set([result.value])
      requestAnimationFrame(() => {
        const title = document.querySelector<HTMLInputElement>('.journey-panel input')
        title?.focus()
        title?.select()
      })
    },
  }
}
