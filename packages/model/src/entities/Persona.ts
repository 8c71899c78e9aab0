import type { EntitySpec } from './EntitySpec'

/**
 * The built-in pictures a persona may carry, each drawn as an inline SVG by the canvas. A small
 * fixed set rather than uploads: nothing to store, nothing to moderate, and every picture has a
 * translated name for its text alternative. `''` = no picture.
 */
export const PERSONA_PICTURES = [
  '',
  'parent',
  'child',
  'youth',
  'adult',
  'elder',
  'family',
  'caseworker',
  'professional',
] as const
export type PersonaPicture = (typeof PERSONA_PICTURES)[number]

export const PERSONA_NAME_MAX = 100
export const PERSONA_TEXT_MAX = 2000

/**
 * A persona of the board: someone a journey is drawn for (the mother, the child, the
 * caseworker). Personas belong to the board, not to one journey, so the same persona is reused
 * across journeys (`journey.personas`) and touchpoints (`touchpoint.personas`).
 */
export interface Persona {
  id: string
  name: string
  description: string
  /** What the persona needs from the services, in their own words. */
  needs: string
  picture: PersonaPicture
}

/** Schema of {@link Persona}. */
export const personaSpec: EntitySpec<Persona> = {
  kind: 'persona',
  root: 'personas',
  fields: {
    name: { kind: 'text', max: PERSONA_NAME_MAX, required: true },
    description: { kind: 'text', max: PERSONA_TEXT_MAX },
    needs: { kind: 'text', max: PERSONA_TEXT_MAX },
    picture: { kind: 'enum', values: PERSONA_PICTURES },
  },
  defaults: { name: '', description: '', needs: '', picture: '' },
}
