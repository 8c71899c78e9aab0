import type { EntitySpec } from './EntitySpec'

/** The views a walkthrough step can show: the aktørkart's three and a journey. */
export const SAVED_VIEW_KINDS = ['matrix', 'network', 'lens', 'journeys'] as const
export type SavedViewKind = (typeof SAVED_VIEW_KINDS)[number]

/** Longest name of a step. */
export const SAVED_VIEW_NAME_MAX = 120

/**
 * One step of a walkthrough (gjennomgang): a named view of the board that a facilitator saved
 * and presents to everyone in `order`. Viewport and filter are what the facilitator saw; the
 * ids name a journey and phase that may since have been deleted (plain text, not references:
 * a step outlives what it showed, and then opens the journey list or the whole journey).
 */
export interface SavedView {
  id: string
  name: string
  order: string
  view: SavedViewKind
  /** Centre of the visible area, in the view's own coordinates (as presence reports it). */
  x: number
  y: number
  zoom: number
  /** The journey shown (`view: 'journeys'`), `''` for the list of journeys or another view. */
  journeyId: string
  /** The phase in focus in that journey, `''` for none. */
  phaseId: string
  /** The aktørkart filter (`ActorFilter` in the canvas): free text and three choices. */
  filterQuery: string
  filterLevel: string
  filterCategory: string
  filterStrategy: string
}

const COORDINATE = { kind: 'number', min: -1e7, max: 1e7 } as const

/** Schema of {@link SavedView}. */
export const savedViewSpec: EntitySpec<SavedView> = {
  kind: 'savedView',
  root: 'savedViews',
  fields: {
    name: { kind: 'text', max: SAVED_VIEW_NAME_MAX, required: true },
    order: { kind: 'order' },
    view: { kind: 'enum', values: SAVED_VIEW_KINDS },
    x: COORDINATE,
    y: COORDINATE,
    zoom: { kind: 'number', min: 0.01, max: 100 },
    journeyId: { kind: 'text', max: 64 },
    phaseId: { kind: 'text', max: 64 },
    filterQuery: { kind: 'text', max: 200 },
    filterLevel: { kind: 'text', max: 40 },
    filterCategory: { kind: 'text', max: 40 },
    filterStrategy: { kind: 'text', max: 40 },
  },
  defaults: {
    name: '',
    order: 'V',
    view: 'matrix',
    x: 0,
    y: 0,
    zoom: 1,
    journeyId: '',
    phaseId: '',
    filterQuery: '',
    filterLevel: '',
    filterCategory: '',
    filterStrategy: '',
  },
}
