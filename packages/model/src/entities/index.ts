/** The board's entities: one file per kind with its type, defaults and field specs. */
export {
  type Actor,
  type ActorLevel,
  type ActorKind,
  type ActorStrategy,
  type ActorInvolvement,
  ACTOR_LEVELS,
  ACTOR_KINDS,
  ACTOR_STRATEGIES,
  ACTOR_INVOLVEMENTS,
  NAME_MAX,
  SHORT_NAME_MAX,
  NOTES_MAX,
  actorSpec,
} from './Actor'
export { type Relation, type RelationType, RELATION_TYPES, relationSpec } from './Relation'
export { type Journey, type JourneyStage, JOURNEY_STAGES, journeySpec } from './Journey'
export { type Phase, phaseSpec } from './Phase'
export {
  type SavedView,
  type SavedViewKind,
  SAVED_VIEW_KINDS,
  SAVED_VIEW_NAME_MAX,
  savedViewSpec,
} from './SavedView'
export {
  type Touchpoint,
  type Channel,
  type PainType,
  CHANNELS,
  PAIN_TYPES,
  touchpointSpec,
} from './Touchpoint'
export {
  type Note,
  type NoteColor,
  type NoteSurface,
  NOTE_COLORS,
  NOTE_PLANE_MARGIN,
  NOTE_SURFACES,
  NOTE_TEXT_MAX,
  noteSpec,
} from './Note'
export {
  type Lane,
  type LaneField,
  type LaneKind,
  LANE_FIELDS,
  LANE_KINDS,
  LANE_TITLE_MAX,
  laneSpec,
} from './Lane'
export {
  type LaneItem,
  type LaneItemKind,
  LANE_ITEM_DESCRIPTION_MAX,
  LANE_ITEM_KINDS,
  LANE_ITEM_TEXT_MAX,
  laneItemSpec,
} from './LaneItem'
export {
  type Persona,
  type PersonaPicture,
  PERSONA_NAME_MAX,
  PERSONA_PICTURES,
  PERSONA_TEXT_MAX,
  personaSpec,
} from './Persona'
export { type InfoItem, INFO_ITEM_NAME_MAX, infoItemSpec } from './InfoItem'
export { type EntitySpec, type EntityBase } from './EntitySpec'
export { type EntityTypes, type EntityFields, ENTITY_KINDS, entitySpecs } from './registry'
export {
  type Comment,
  type CommentTargetKind,
  COMMENT_AUTHOR_NAME_MAX,
  COMMENT_MENTIONS_MAX,
  COMMENT_TARGET_KINDS,
  COMMENT_TARGET_ROOTS,
  COMMENT_TEXT_MAX,
  commentSpec,
} from './Comment'
