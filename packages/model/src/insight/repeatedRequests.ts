/**
 * One piece of information the family is asked for by more than one agency along a journey
 * (see {@link repeatedRequests}).
 */
export interface RepeatedRequest {
  infoItemId: string
  /** The touchpoints that ask for it and have owners, in journey order. */
  touchpoints: string[]
  /** The distinct owners of those touchpoints (sorted): always two or more. */
  agencies: string[]
  /** Requests beyond the first: `touchpoints.length - 1`, at least 1. */
  extra: number
}

/**
 * Repeated information requests, detected from what touchpoints ask for rather than from the
 * manual «same information again» tag (docs/coordination-analysis.md):
 *
 * - A **request** for an info item is a touchpoint of the sequence that lists the item in
 *   `asksFor` and has at least one owner. A touchpoint without owners cannot be attributed to
 *   an agency, so it is not a request here (it already counts as «without owner»).
 * - An item is **asked for again** when its requests have two or more distinct owners between
 *   them. One agency asking twice is not counted (that is the agency's own matter, not
 *   coordination); nor is one touchpoint owned jointly by two agencies (the family answers
 *   once). So an item with one request is never counted.
 * - Its **extra** count is the number of requests beyond the first. The total is their sum: how
 *   many times the family gives information it has already given to another agency's service.
 *
 * Items that no longer exist (`infoItemExists`) are ignored. Results are sorted by extra
 * (descending), then by the first request's position in the journey.
 *
 * @param sequence the journey's touchpoints in journey order
 * @param owners each touchpoint's existing owners
 */
export function repeatedRequests(
  sequence: readonly { id: string; asksFor: readonly string[] }[],
  owners: ReadonlyMap<string, readonly string[]>,
  infoItemExists: (id: string) => boolean,
): RepeatedRequest[] {
  const byItem = new Map<string, { touchpoints: string[]; agencies: Set<string>; first: number }>()
  sequence.forEach((tp, position) => {
    const own = owners.get(tp.id) ?? []
    if (own.length === 0) return
    for (const item of tp.asksFor) {
      if (!infoItemExists(item)) continue
      let entry = byItem.get(item)
      if (!entry)
        byItem.set(item, (entry = { touchpoints: [], agencies: new Set(), first: position }))
      entry.touchpoints.push(tp.id)
      for (const id of own) entry.agencies.add(id)
    }
  })
  return [...byItem.entries()]
    .filter(([, e]) => e.touchpoints.length > 1 && e.agencies.size > 1)
    .sort(([, a], [, b]) => b.touchpoints.length - a.touchpoints.length || a.first - b.first)
    .map(([infoItemId, e]) => ({
      infoItemId,
      touchpoints: e.touchpoints,
      agencies: [...e.agencies].sort(),
      extra: e.touchpoints.length - 1,
    }))
}
