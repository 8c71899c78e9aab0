import type { EntityKind } from '../field'
import { type Actor, actorSpec } from './Actor'
import { type Comment, commentSpec } from './Comment'
import type { EntitySpec } from './EntitySpec'
import { type Journey, journeySpec } from './Journey'
import { type Lane, laneSpec } from './Lane'
import { type LaneItem, laneItemSpec } from './LaneItem'
import { type Note, noteSpec } from './Note'
import { type Phase, phaseSpec } from './Phase'
import { type Relation, relationSpec } from './Relation'
import { type SavedView, savedViewSpec } from './SavedView'
import { type Touchpoint, touchpointSpec } from './Touchpoint'
import { type Persona, personaSpec } from './Persona'
import { type InfoItem, infoItemSpec } from './InfoItem'

/** Maps each entity kind to its TypeScript type. */
export interface EntityTypes {
  actor: Actor
  relation: Relation
  journey: Journey
  phase: Phase
  touchpoint: Touchpoint
  savedView: SavedView
  comment: Comment
  note: Note
  lane: Lane
  laneItem: LaneItem
  persona: Persona
  infoItem: InfoItem
}

/** The schema of every entity kind. */
export const entitySpecs: { [K in EntityKind]: EntitySpec<EntityTypes[K]> } = {
  actor: actorSpec,
  relation: relationSpec,
  journey: journeySpec,
  phase: phaseSpec,
  touchpoint: touchpointSpec,
  savedView: savedViewSpec,
  comment: commentSpec,
  note: noteSpec,
  lane: laneSpec,
  laneItem: laneItemSpec,
  persona: personaSpec,
  infoItem: infoItemSpec,
}

/** Every entity kind, in dependency order (referenced kinds first). */
export const ENTITY_KINDS: readonly EntityKind[] = [
  'actor',
  // Before journeys and touchpoints, whose persona and asksFor sets name them.
  'persona',
  'infoItem',
  'relation',
  'journey',
  'phase',
  'lane',
  'touchpoint',
  'laneItem',
  'savedView',
  'note',
  // Last: comments hang on every other kind.
  'comment',
]

/** The fields of entity kind K, without `id`. */
export type EntityFields<K extends EntityKind> = Omit<EntityTypes[K], 'id'>
