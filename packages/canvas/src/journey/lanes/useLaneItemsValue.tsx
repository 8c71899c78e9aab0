import { useT } from '@samkart/i18n/react'
import {
  type Lane,
  type LaneItem,
  type Phase,
  type Result,
  type Touchpoint,
  addLaneItem,
  deleteLaneItem,
  painTargets,
  sortByOrder,
  updateLaneItem,
} from '@samkart/model'
import { type ReactNode, useCallback, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { type LaneItemDraft, LaneItemDialog } from './LaneItemDialog'
import type { LaneItemsValue } from './LaneItemsContext'

/** Which item dialog is open: ids only, so it always shows the item as it is now. */
type Open = { mode: 'new'; laneId: string; phaseId: string } | { mode: 'edit'; itemId: string }

/**
 * The items of one journey's custom lanes for its table (see `LaneItemsCell`), and the dialog
 * that adds, edits, links and deletes them. Returns the context value and the dialog to render.
 */
export function useLaneItemsValue(options: {
  doc: Y.Doc
  journeyId: string
  phases: readonly Phase[]
  lanes: readonly Lane[]
  items: readonly LaneItem[]
  touchpoints: readonly Touchpoint[]
  origin: unknown
  readOnly: boolean
  announce: (text: string) => void
}): { value: LaneItemsValue; dialog: ReactNode } {
  const { doc, journeyId, phases, lanes, items, touchpoints, origin, readOnly, announce } = options
  const t = useT()
  const [open, setOpen] = useState<Open | null>(null)

  const byCell = useMemo(() => {
    const map = new Map<string, LaneItem[]>()
    for (const item of sortByOrder(items.filter((i) => i.journeyId === journeyId))) {
      const key = `${item.laneId}|${item.phaseId}`
      map.set(key, [...(map.get(key) ?? []), item])
    }
    return map
  }, [items, journeyId])

  const add = useCallback(
    (lane: Lane, phase: Phase) => setOpen({ mode: 'new', laneId: lane.id, phaseId: phase.id }),
    [],
  )
  const value = useMemo<LaneItemsValue>(
    () => ({
      itemsIn: (laneId, phaseId) => byCell.get(`${laneId}|${phaseId}`) ?? [],
      add,
      open: (itemId) => setOpen({ mode: 'edit', itemId }),
      readOnly,
    }),
    [byCell, add, readOnly],
  )

  const targets = useMemo(
    () =>
      painTargets(
        journeyId,
        phases.map((p) => p.id),
        touchpoints,
        items,
      ),
    [journeyId, phases, touchpoints, items],
  )
  const close = useCallback(() => setOpen(null), [])
  if (readOnly) return { value, dialog: null }

  // Read at render: a dialog whose item, lane or phase someone deleted closes.
  const item = open?.mode === 'edit' ? items.find((i) => i.id === open.itemId) : undefined
  const lane = lanes.find((l) => l.id === (open?.mode === 'new' ? open.laneId : item?.laneId))
  const phase = phases.find((p) => p.id === (open?.mode === 'new' ? open.phaseId : item?.phaseId))
  const editing =
    lane && phase && open?.mode === 'new'
      ? ({ mode: 'new', lane, phase } as const)
      : lane && item
        ? ({ mode: 'edit', item, lane } as const)
        : null

  const save = (draft: LaneItemDraft): Result<unknown> => {
    if (editing?.mode === 'edit') return updateLaneItem(doc, editing.item.id, draft, { origin })
    if (!editing) return { ok: true, value: undefined }
    const made = addLaneItem(doc, { laneId: editing.lane.id, phaseId: editing.phase.id }, draft, {
      origin,
    })
    if (made.ok)
      announce(
        t('lanes.item.added', { kind: t(`lanes.item.kind.${draft.kind}`), text: draft.text }),
      )
    return made
  }
  const remove = (target: LaneItem) => {
    if (!deleteLaneItem(doc, target.id, { origin }).ok) return
    setOpen(null)
    announce(t('lanes.item.deleted', { text: target.text }))
  }
  const dialog = (
    <LaneItemDialog
      editing={editing}
      targets={targets}
      phases={phases}
      onSave={save}
      onDelete={remove}
      onClose={close}
    />
  )
  return { value, dialog }
}
