import type { EntitySpec } from './EntitySpec'

/** Administrative level of an actor (forvaltningsnivå and sector). */
export const ACTOR_LEVELS = [
  'stat',
  'fylke',
  'kommune',
  'helseforetak',
  'frivillig',
  'privat',
  'innbygger',
  'annet',
] as const
export type ActorLevel = (typeof ACTOR_LEVELS)[number]

/** What sort of body or role the actor is. */
export const ACTOR_KINDS = [
  'departement',
  'direktorat',
  'etat',
  'kommune',
  'tjeneste',
  'rolle',
  'nettverk',
  'program',
  'bruker',
  'annet',
] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** The actor's strategy towards the work (Klijn & Koppenjan). `''` = not assessed. */
export const ACTOR_STRATEGIES = ['', 'ga-alene', 'unnga', 'samarbeid', 'fasilitering'] as const
export type ActorStrategy = (typeof ACTOR_STRATEGIES)[number]

/** Whether the actor takes part in the work or is only affected by it. `''` = not assessed. */
export const ACTOR_INVOLVEMENTS = ['', 'involvert', 'berort'] as const
export type ActorInvolvement = (typeof ACTOR_INVOLVEMENTS)[number]

/**
 * An actor (aktør) on the stakeholder map. Where its card sits in the matrix *is* its
 * importance and substitutability score, each 0..1; the category follows from them
 * (see `actorCategory`).
 */
export interface Actor {
  id: string
  name: string
  shortName: string
  /** Norwegian organisation number (9 digits, mod-11), or `''`. Unique within a board. */
  orgNumber: string
  level: ActorLevel
  kind: ActorKind
  strategy: ActorStrategy
  /** 0 = unimportant … 1 = critical to the work. */
  importance: number
  /** 0 = irreplaceable … 1 = easily replaced. */
  substitutability: number
  /** Interest and influence (0..1) for the second lens; `desired*` is where the work wants them. */
  interest: number
  influence: number
  desiredInterest: number
  desiredInfluence: number
  /** Trust between this actor and the work, 0..1. */
  trust: number
  /** Forms of power (Hardy & Phillips). */
  powerFormal: boolean
  powerResources: boolean
  powerDiscursive: boolean
  involvement: ActorInvolvement
  /** Free text: when the actor joined the work. */
  joined: string
  /** Whether the actor's involvement feels real. */
  involvementReal: boolean
  notes: string
  /** Position in the free network view, independent of the scores. */
  networkX: number
  networkY: number
}

export const NAME_MAX = 120
export const SHORT_NAME_MAX = 24
export const NOTES_MAX = 4000
const COORD = 1_000_000

/** Schema of {@link Actor}. */
export const actorSpec: EntitySpec<Actor> = {
  kind: 'actor',
  root: 'actors',
  fields: {
    name: { kind: 'text', max: NAME_MAX, required: true },
    shortName: { kind: 'text', max: SHORT_NAME_MAX },
    orgNumber: { kind: 'orgNumber' },
    level: { kind: 'enum', values: ACTOR_LEVELS },
    kind: { kind: 'enum', values: ACTOR_KINDS },
    strategy: { kind: 'enum', values: ACTOR_STRATEGIES },
    importance: { kind: 'number', min: 0, max: 1 },
    substitutability: { kind: 'number', min: 0, max: 1 },
    interest: { kind: 'number', min: 0, max: 1 },
    influence: { kind: 'number', min: 0, max: 1 },
    desiredInterest: { kind: 'number', min: 0, max: 1 },
    desiredInfluence: { kind: 'number', min: 0, max: 1 },
    trust: { kind: 'number', min: 0, max: 1 },
    powerFormal: { kind: 'boolean' },
    powerResources: { kind: 'boolean' },
    powerDiscursive: { kind: 'boolean' },
    involvement: { kind: 'enum', values: ACTOR_INVOLVEMENTS },
    joined: { kind: 'text', max: 200 },
    involvementReal: { kind: 'boolean' },
    notes: { kind: 'text', max: NOTES_MAX },
    networkX: { kind: 'number', min: -COORD, max: COORD },
    networkY: { kind: 'number', min: -COORD, max: COORD },
  },
  defaults: {
    name: '',
    shortName: '',
    orgNumber: '',
    level: 'annet',
    kind: 'annet',
    strategy: '',
    importance: 0.5,
    substitutability: 0.5,
    interest: 0.5,
    influence: 0.5,
    desiredInterest: 0.5,
    desiredInfluence: 0.5,
    trust: 0.5,
    powerFormal: false,
    powerResources: false,
    powerDiscursive: false,
    involvement: '',
    joined: '',
    involvementReal: false,
    notes: '',
    networkX: 0,
    networkY: 0,
  },
}
