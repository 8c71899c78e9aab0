import type { EntitySpec } from './EntitySpec'

/** A service journey (brukerreise): phases × lanes holding touchpoints. */
export interface Journey {
  id: string
  title: string
  /** Description or persona. */
  description: string
  /** Variant tags, e.g. the child's age or municipality size. */
  tags: string[]
  /**
   * Which lanes show, in which order: lane ids separated by commas, a hidden lane prefixed with
   * `-` (see `parseLanes`). `''` means every lane in the default order. One value, not a set:
   * the whole arrangement is one choice, and two people rearranging at once should end with one
   * of their arrangements, not a mix.
   */
  lanes: string
  /** The personas the journey is drawn for (one or more; empty until chosen). */
  personas: string[]
}

/** Schema of {@link Journey}. */
export const journeySpec: EntitySpec<Journey> = {
  kind: 'journey',
  root: 'journeys',
  fields: {
    title: { kind: 'text', max: 200, required: true },
    description: { kind: 'text', max: 4000 },
    tags: { kind: 'set', maxItems: 50, maxLength: 60 },
    lanes: { kind: 'text', max: 300 },
    personas: { kind: 'set', entity: 'persona', maxItems: 50 },
  },
  defaults: { title: '', description: '', tags: [], lanes: '', personas: [] },
}
