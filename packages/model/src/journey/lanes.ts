import type { Lane, LaneField, LaneKind } from '../entities/Lane'

/**
 * The built-in lanes, top to bottom by default: the rows every journey had before lanes became
 * entities (schema version 1), and the lanes a new journey starts with. Each is a `touchpoint`
 * lane showing the touchpoint field of the same name, except `emotion`, the feelings curve.
 */
export const JOURNEY_LANES = [
  'action',
  'touchpoint',
  'channel',
  'need',
  'pain',
  'emotion',
  'responsible',
  'backstage',
] as const
export type JourneyLane = (typeof JOURNEY_LANES)[number]

/** The kind and field of a built-in lane. */
export function builtInLaneShape(lane: JourneyLane): { kind: LaneKind; field: LaneField } {
  return lane === 'emotion' ? { kind: 'emotion', field: '' } : { kind: 'touchpoint', field: lane }
}

/**
 * The built-in lane a lane is, if any: what names it when its title is empty (i18n key
 * `journey.lane.<name>`). Custom lanes (text, items, divider) have none.
 */
export function builtInLane(lane: Pick<Lane, 'kind' | 'field'>): JourneyLane | null {
  switch (lane.kind) {
    case 'emotion':
      return 'emotion'
    case 'touchpoint':
      return lane.field === '' ? null : lane.field
    case 'text':
    case 'items':
    case 'divider':
      return null
  }
}

/** One lane as a schema-1 journey arranged it (see {@link parseLanes}). */
export interface LaneSetting {
  lane: JourneyLane
  hidden: boolean
}

/**
 * Reads a schema-1 journey's `lanes` value (lane names separated by commas, a hidden lane
 * prefixed with `-`, `''` = every lane in default order): every built-in lane exactly once, in
 * the stored order, with lanes the value does not mention appended in default order and shown.
 * Unknown and repeated names are ignored, so any string reads safely. Only the migration to
 * schema 2 reads this format now.
 */
export function parseLanes(value: string): LaneSetting[] {
  const seen = new Set<JourneyLane>()
  const out: LaneSetting[] = []
  for (const raw of value.split(',')) {
    const hidden = raw.startsWith('-')
    const lane = (hidden ? raw.slice(1) : raw).trim() as JourneyLane
    if (!JOURNEY_LANES.includes(lane) || seen.has(lane)) continue
    seen.add(lane)
    out.push({ lane, hidden })
  }
  for (const lane of JOURNEY_LANES) if (!seen.has(lane)) out.push({ lane, hidden: false })
  return out
}
