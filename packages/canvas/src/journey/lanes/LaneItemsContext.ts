import type { Lane, LaneItem, Phase } from '@samkart/model'
import { createContext, useContext } from 'react'

/** What a custom lane's cell needs to show its items and add one. */
export interface LaneItemsValue {
  /** The items of one lane × phase cell, in order. */
  itemsIn(laneId: string, phaseId: string): readonly LaneItem[]
  /** Opens the dialog for a new item in the cell. */
  add(lane: Lane, phase: Phase): void
  /** Opens an item's dialog (edit, links, delete). */
  open(itemId: string): void
  readOnly: boolean
}

export const LaneItemsContext = createContext<LaneItemsValue | null>(null)

/** The journey's lane items; `null` outside a journey view (cells then show none). */
export function useLaneItems(): LaneItemsValue | null {
  return useContext(LaneItemsContext)
}
