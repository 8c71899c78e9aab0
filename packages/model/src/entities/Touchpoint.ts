import type { EntitySpec } from './EntitySpec'

export const CHANNELS = ['digital', 'phone', 'letter', 'in-person', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

/** Kinds of pain point the seeds describe. `''` = no pain point. */
export const PAIN_TYPES = [
  '',
  'repeated-information',
  'waiting',
  'unclear-responsibility',
  'own-initiative',
  'other',
] as const
export type PainType = (typeof PAIN_TYPES)[number]

/**
 * A touchpoint (kontaktpunkt) of a journey, in one phase, owned by one or more actors. A
 * responsible actor that was deleted stays referenced so the touchpoint shows as "without
 * owner" rather than silently losing the link.
 */
export interface Touchpoint {
  id: string
  journeyId: string
  phaseId: string
  order: string
  title: string
  description: string
  /** What the family does at this point (the «Hva familien gjør» lane). */
  action: string
  channel: Channel
  /** −2 (very negative) … +2 (very positive). */
  emotion: number
  need: string
  painPoint: string
  painType: PainType
  /** Free text such as «folketrygdloven § 9-10». */
  legalBasis: string
  /** What happens behind the scenes (the «Bak kulissene» lane). */
  backstage: string
  /** Ids of responsible actors (a set). */
  responsible: string[]
  /** The personas this touchpoint is for; empty = every persona of the journey. */
  personas: string[]
  /** The information it asks the family for (ids of the board's info items). */
  asksFor: string[]
}

/** Schema of {@link Touchpoint}. */
export const touchpointSpec: EntitySpec<Touchpoint> = {
  kind: 'touchpoint',
  root: 'touchpoints',
  fields: {
    journeyId: { kind: 'ref', entity: 'journey', required: true },
    phaseId: { kind: 'ref', entity: 'phase', required: true },
    order: { kind: 'order' },
    title: { kind: 'text', max: 200, required: true },
    description: { kind: 'text', max: 4000 },
    action: { kind: 'text', max: 2000 },
    channel: { kind: 'enum', values: CHANNELS },
    emotion: { kind: 'number', min: -2, max: 2, integer: true },
    need: { kind: 'text', max: 2000 },
    painPoint: { kind: 'text', max: 2000 },
    painType: { kind: 'enum', values: PAIN_TYPES },
    legalBasis: { kind: 'text', max: 300 },
    backstage: { kind: 'text', max: 2000 },
    responsible: { kind: 'set', entity: 'actor', maxItems: 50 },
    personas: { kind: 'set', entity: 'persona', maxItems: 50 },
    asksFor: { kind: 'set', entity: 'infoItem', maxItems: 100 },
  },
  defaults: {
    journeyId: '',
    phaseId: '',
    order: 'V',
    title: '',
    description: '',
    action: '',
    channel: 'other',
    emotion: 0,
    need: '',
    painPoint: '',
    painType: '',
    legalBasis: '',
    backstage: '',
    responsible: [],
    personas: [],
    asksFor: [],
  },
}
