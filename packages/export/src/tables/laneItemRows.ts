import { type Translate, laneName } from '@samkart/i18n'
import { type LaneItem, sortByOrder } from '@samkart/model'
import type { BoardData } from '../board/BoardData'
import { journeysInOrder } from '../scene/buildScene'

/**
 * What an opportunity or idea addresses, in words: each linked touchpoint as «title: pain point»
 * and each linked pain item by its text; links to deleted items are left out.
 */
export function addressedPains(board: BoardData, item: LaneItem): string[] {
  const touchpoints = board.touchpoints.filter((tp) => item.touchpoints.includes(tp.id))
  const pains = board.laneItems.filter((i) => item.pains.includes(i.id))
  return [
    ...touchpoints.map((tp) => (tp.painPoint.trim() ? `${tp.title}: ${tp.painPoint}` : tp.title)),
    ...pains.map((p) => p.text),
  ]
}

/**
 * The lane items of every journey, journey by journey (as listed), lane by lane top to bottom,
 * phase by phase: the journey, lane, phase, kind, text, description and what it addresses.
 */
export function laneItemsInOrder(board: BoardData): LaneItem[] {
  const out: LaneItem[] = []
  for (const journey of journeysInOrder(board)) {
    const phases = sortByOrder(board.phases.filter((p) => p.journeyId === journey.id))
    const lanes = sortByOrder(board.lanes.filter((l) => l.journeyId === journey.id))
    for (const lane of lanes)
      for (const phase of phases)
        out.push(
          ...sortByOrder(
            board.laneItems.filter((i) => i.laneId === lane.id && i.phaseId === phase.id),
          ),
        )
  }
  return out
}

/** The «Radelementer» table rows. */
export function laneItemRows(board: BoardData, t: Translate): string[][] {
  const journeys = new Map(board.journeys.map((j) => [j.id, j.title]))
  const phases = new Map(board.phases.map((p) => [p.id, p.title]))
  const lanes = new Map(board.lanes.map((l) => [l.id, laneName(l, t)]))
  return laneItemsInOrder(board).map((item) => [
    journeys.get(item.journeyId) ?? '',
    lanes.get(item.laneId) ?? '',
    phases.get(item.phaseId) ?? '',
    t(`lanes.item.kind.${item.kind}`),
    item.text,
    item.description,
    addressedPains(board, item).join('; '),
  ])
}
