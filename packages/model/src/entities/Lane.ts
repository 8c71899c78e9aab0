import type { EntitySpec } from './EntitySpec'

/**
 * What a lane holds:
 * - `touchpoint`: one field of each touchpoint (see {@link LANE_FIELDS});
 * - `emotion`: the feelings curve through the touchpoints' emotion;
 * - `text`: free text items per phase cell;
 * - `items`: typed items per phase cell (pain points, opportunities, ideas);
 * - `divider`: a labelled line across the journey (the line of visibility or of interaction of a
 *   service blueprint); it has no cells.
 */
export const LANE_KINDS = ['touchpoint', 'emotion', 'text', 'items', 'divider'] as const
export type LaneKind = (typeof LANE_KINDS)[number]

/** The touchpoint field a `touchpoint` lane shows; `''` for every other kind. */
export const LANE_FIELDS = [
  '',
  'action',
  'touchpoint',
  'channel',
  'need',
  'pain',
  'responsible',
  'backstage',
] as const
export type LaneField = (typeof LANE_FIELDS)[number]

/** The longest lane title. */
export const LANE_TITLE_MAX = 100

/**
 * A row of a journey view. A journey's lanes are ordered by `order` (a fractional key, ties by
 * id); a hidden lane keeps its place and content but is not drawn. An empty `title` means the
 * built-in name of the lane's kind and field, read from the user's language, so a language
 * switch renames the default lanes too.
 */
export interface Lane {
  id: string
  journeyId: string
  order: string
  kind: LaneKind
  field: LaneField
  title: string
  hidden: boolean
}

/** Schema of {@link Lane}. */
export const laneSpec: EntitySpec<Lane> = {
  kind: 'lane',
  root: 'lanes',
  fields: {
    journeyId: { kind: 'ref', entity: 'journey', required: true },
    order: { kind: 'order' },
    kind: { kind: 'enum', values: LANE_KINDS },
    field: { kind: 'enum', values: LANE_FIELDS },
    title: { kind: 'text', max: LANE_TITLE_MAX },
    hidden: { kind: 'boolean' },
  },
  defaults: {
    journeyId: '',
    order: 'V',
    kind: 'text',
    field: '',
    title: '',
    hidden: false,
  },
}
