import type { EntitySpec } from './EntitySpec'

/** A service journey (brukerreise): phases × lanes (the `lane` entities) holding touchpoints. */
export interface Journey {
  id: string
  title: string
  /** Description or persona. */
  description: string
  /** Variant tags, e.g. the child's age or municipality size. */
  tags: string[]
}

/** Schema of {@link Journey}. */
export const journeySpec: EntitySpec<Journey> = {
  kind: 'journey',
  root: 'journeys',
  fields: {
    title: { kind: 'text', max: 200, required: true },
    description: { kind: 'text', max: 4000 },
    tags: { kind: 'set', maxItems: 50, maxLength: 60 },
  },
  defaults: { title: '', description: '', tags: [] },
}
