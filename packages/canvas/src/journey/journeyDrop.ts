import type { PhaseColumn } from './journeyGrid'

/** Which side of a column (or phase) a dragged item is dropped on. */
export type DropSide = 'before' | 'after'

/**
 * The index a dragged item takes among its new siblings when dropped on `side` of `targetId`,
 * counted without the dragged item (what `movePhase` and `moveTouchpoint` expect). `null`
 * when the target is not among `ids` or the drop would leave the item where it is, so a drop
 * in place writes nothing (and leaves no empty undo step).
 */
export function dropIndex(
  ids: readonly string[],
  draggedId: string,
  targetId: string,
  side: DropSide,
): number | null {
  const target = ids.indexOf(targetId)
  if (target < 0) return null
  const insertion = target + (side === 'after' ? 1 : 0)
  const from = ids.indexOf(draggedId)
  if (from < 0) return insertion
  const index = from < insertion ? insertion - 1 : insertion
  return index === from ? null : index
}

/**
 * Where a dragged touchpoint lands when dropped beside the touchpoint `targetId`: in the
 * target's phase, before or after it. `null` for a drop that changes nothing.
 */
export function touchpointDropPlace(
  columns: readonly PhaseColumn[],
  draggedId: string,
  targetId: string,
  side: DropSide,
): { phaseId: string; index: number } | null {
  const column = columns.find((c) => c.touchpoints.some((tp) => tp.id === targetId))
  if (!column) return null
  const ids = column.touchpoints.map((tp) => tp.id)
  const index = dropIndex(ids, draggedId, targetId, side)
  return index === null ? null : { phaseId: column.phase.id, index }
}

/** The side of a box a pointer at `x` is on: the left half drops before, the right after. */
export function sideOf(x: number, box: { left: number; width: number }): DropSide {
  return x < box.left + box.width / 2 ? 'before' : 'after'
}
