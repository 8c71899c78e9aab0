/** The rows of a journey view, top to bottom by default. */
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

/** One lane as arranged on a journey. */
export interface LaneSetting {
  lane: JourneyLane
  hidden: boolean
}

/**
 * Reads a journey's `lanes` value: every known lane exactly once, in the stored order, with
 * lanes the value does not mention (newer lanes, or a value from an older client) appended in
 * default order and shown. Unknown and repeated names are ignored, so any string reads safely.
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

/** Writes lane settings back to a `lanes` value (the inverse of {@link parseLanes}). */
export function formatLanes(settings: readonly LaneSetting[]): string {
  return settings.map((s) => (s.hidden ? `-${s.lane}` : s.lane)).join(',')
}
