import type { Actor } from '../entities/Actor'
import type { JourneyStage } from '../entities/Journey'
import type { Persona } from '../entities/Persona'
import type { RelationType } from '../entities/Relation'
import type { Touchpoint } from '../entities/Touchpoint'

/** An actor as a template describes it: a local key instead of an id, and the fields to set. */
export type TemplateActor = { key: string; name: string } & Partial<Omit<Actor, 'id' | 'name'>>

/** A relation between two template actors, by key. */
export interface TemplateRelation {
  source: string
  target: string
  type: RelationType
  label?: string
}

/** A persona as a template describes it: a local key instead of an id. */
export type TemplatePersona = { key: string; name: string } & Partial<Omit<Persona, 'id' | 'name'>>

/** An item of the template's vocabulary of information asked for, with a local key. */
export interface TemplateInfoItem {
  key: string
  name: string
}

/**
 * A touchpoint as a template describes it: its responsible actors, personas (empty: every
 * persona of the journey) and the information it asks for, all by template key.
 */
export type TemplateTouchpoint = {
  title: string
  responsible: readonly string[]
  personas?: readonly string[]
  asksFor?: readonly string[]
} & Partial<
  Pick<
    Touchpoint,
    | 'description'
    | 'action'
    | 'channel'
    | 'emotion'
    | 'need'
    | 'painPoint'
    | 'painType'
    | 'legalBasis'
    | 'backstage'
  >
>

/** A phase of a template journey, with its touchpoints in order. */
export interface TemplatePhase {
  title: string
  touchpoints: readonly TemplateTouchpoint[]
}

/** A journey (brukerreise) of a template: phases left to right. */
export interface TemplateJourney {
  key: string
  title: string
  description?: string
  tags?: readonly string[]
  /** As-is or to-be; none by default. */
  stage?: JourneyStage
  /** The key of the template journey this one is linked with for comparison (both ways). */
  counterpart?: string
  /** The journey's personas, by template key. */
  personas?: readonly string[]
  phases: readonly TemplatePhase[]
}

/**
 * A ready-made starting board. Templates are plain data so they can be reviewed by domain
 * experts, and are applied on the server when a board is created (clients never seed).
 */
export interface BoardTemplate {
  /** Stable id, stored in the board's `meta.template`. */
  id: string
  /** Default board title (Norwegian, like the material it comes from). */
  title: string
  /** Where the content comes from, shown to the workshop. */
  source: string
  actors: readonly TemplateActor[]
  relations: readonly TemplateRelation[]
  /** Personas the journeys are drawn for. */
  personas?: readonly TemplatePersona[]
  /** The vocabulary of information the touchpoints ask for. */
  infoItems?: readonly TemplateInfoItem[]
  /** Journeys whose touchpoints name the template's actors as responsible. */
  journeys?: readonly TemplateJourney[]
}
