import type { EntitySpec } from './EntitySpec'

/**
 * Where a journey stands in a before/after pair: as the family meets the services today
 * («som det er»), or as they should meet them («ønsket»). `''` = not marked.
 */
export const JOURNEY_STAGES = ['', 'as-is', 'to-be'] as const
/** One of {@link JOURNEY_STAGES}. */
export type JourneyStage = (typeof JOURNEY_STAGES)[number]

/** A service journey (brukerreise): phases × lanes holding touchpoints. */
export interface Journey {
  id: string
  title: string
  /** Description or persona. */
  description: string
  /** Variant tags, e.g. the child's age or municipality size. */
  tags: string[]
  /** As-is or to-be (see {@link JOURNEY_STAGES}). */
  stage: JourneyStage
  /**
   * The journey this one is compared with, `''` for none. Linked both ways by `linkJourneys`.
   * A weak reference: it is a link, not a belonging, so a dangling one (the counterpart was
   * deleted) reads as none and never takes this journey with it.
   */
  counterpartId: string
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
    stage: { kind: 'enum', values: JOURNEY_STAGES },
    counterpartId: { kind: 'ref', entity: 'journey', weak: true },
    personas: { kind: 'set', entity: 'persona', maxItems: 50 },
  },
  defaults: {
    title: '',
    description: '',
    tags: [],
    stage: '',
    counterpartId: '',
    personas: [],
  },
}
