import type { ActorFilter, PresenceViewport } from '@samkart/canvas'
import type { SavedView } from '@samkart/model'

/** What a step saves of a view: everything of a {@link SavedView} but its id, name and order. */
export type StepView = Omit<SavedView, 'id' | 'name' | 'order'>

/** The presence view (`actors:matrix`, `journey:<id>`) a step shows, with its viewport. */
export function stepViewport(step: StepView): PresenceViewport {
  const view = step.view === 'journeys' ? `journey:${step.journeyId}` : `actors:${step.view}`
  return { view, x: step.x, y: step.y, zoom: step.zoom }
}

/** The aktørkart filter a step sets (unknown choices are dropped: they would match nothing). */
export function stepFilter(step: StepView): ActorFilter {
  return {
    query: step.filterQuery,
    level: step.filterLevel as ActorFilter['level'],
    category: step.filterCategory as ActorFilter['category'],
    strategy: step.filterStrategy as ActorFilter['strategy'],
  }
}

/**
 * A step of what this tab shows: its presence viewport and filter, and the phase in focus;
 * `null` for a view a step cannot show.
 */
export function viewToStep(
  viewport: PresenceViewport | null,
  filter: ActorFilter,
  phaseId: string,
): StepView | null {
  if (!viewport) return null
  const base = {
    x: viewport.x,
    y: viewport.y,
    zoom: viewport.zoom,
    filterQuery: filter.query.slice(0, 200),
    filterLevel: filter.level,
    filterCategory: filter.category,
    filterStrategy: filter.strategy,
  }
  if (viewport.view.startsWith('journey:'))
    return { ...base, view: 'journeys', journeyId: viewport.view.slice(8), phaseId }
  const mode = viewport.view.startsWith('actors:') ? viewport.view.slice(7) : ''
  if (mode !== 'matrix' && mode !== 'network' && mode !== 'lens') return null
  return { ...base, view: mode, journeyId: '', phaseId: '' }
}
