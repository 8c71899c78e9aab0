import type { EntitySpec } from './EntitySpec'

/**
 * Kinds of lane item. A `text` lane holds `text` items; an `items` lane holds pain points,
 * opportunities and ideas.
 */
export const LANE_ITEM_KINDS = ['text', 'pain', 'opportunity', 'idea'] as const
export type LaneItemKind = (typeof LANE_ITEM_KINDS)[number]

/** The longest lane item text and description. */
export const LANE_ITEM_TEXT_MAX = 500
export const LANE_ITEM_DESCRIPTION_MAX = 2000

/**
 * One item in a phase cell of a custom lane. An opportunity or idea names what it addresses:
 * touchpoints (and so their pain points) and pain items of the journey. Deleted targets stay in
 * the sets until the item is saved again; readers skip them.
 */
export interface LaneItem {
  id: string
  journeyId: string
  laneId: string
  phaseId: string
  order: string
  kind: LaneItemKind
  text: string
  description: string
  /** Ids of the touchpoints it addresses (a set). */
  touchpoints: string[]
  /** Ids of the pain items (lane items of kind `pain`) it addresses (a set). */
  pains: string[]
}

/** Schema of {@link LaneItem}. */
export const laneItemSpec: EntitySpec<LaneItem> = {
  kind: 'laneItem',
  root: 'laneItems',
  fields: {
    journeyId: { kind: 'ref', entity: 'journey', required: true },
    laneId: { kind: 'ref', entity: 'lane', required: true },
    phaseId: { kind: 'ref', entity: 'phase', required: true },
    order: { kind: 'order' },
    kind: { kind: 'enum', values: LANE_ITEM_KINDS },
    text: { kind: 'text', max: LANE_ITEM_TEXT_MAX, required: true },
    description: { kind: 'text', max: LANE_ITEM_DESCRIPTION_MAX },
    touchpoints: { kind: 'set', entity: 'touchpoint', maxItems: 100 },
    pains: { kind: 'set', entity: 'laneItem', maxItems: 100 },
  },
  defaults: {
    journeyId: '',
    laneId: '',
    phaseId: '',
    order: 'V',
    kind: 'text',
    text: '',
    description: '',
    touchpoints: [],
    pains: [],
  },
}
