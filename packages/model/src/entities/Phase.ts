import type { EntitySpec } from './EntitySpec'

/**
 * A column of a journey. Phases are ordered by `order`, a fractional key compared as a plain
 * string, ties broken by id, so concurrent reorders converge to one order everywhere.
 */
export interface Phase {
  id: string
  journeyId: string
  title: string
  order: string
}

/** Schema of {@link Phase}. */
export const phaseSpec: EntitySpec<Phase> = {
  kind: 'phase',
  root: 'phases',
  fields: {
    journeyId: { kind: 'ref', entity: 'journey', required: true },
    title: { kind: 'text', max: 200, required: true },
    order: { kind: 'order' },
  },
  defaults: { journeyId: '', title: '', order: 'V' },
}
