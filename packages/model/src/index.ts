/**
 * @samkart/model: Samkart's domain types, Yjs document schema, pure operations and validation.
 * No React, no network: everything here runs in a browser, on the server and in tests alike.
 */
export * from './entities'
export * from './protocol'
export * from './api'
export { type Result, type ModelError, type ModelErrorCode, ok, fail } from './result'
export { type EntityId, createId, isValidId } from './ids'
export { isValidOrgNumber } from './orgNumber'
export { compareNames } from './compareNames'
export {
  type ActorCategory,
  type MatrixCell,
  ACTOR_CATEGORIES,
  HIGH_THRESHOLD,
  actorCategory,
  matrixCell,
} from './category'
export { type EntityKind, type FieldSpec, type FieldValue, validateField } from './field'
export { orderBetween, sortByOrder } from './order'

export {
  createPersona,
  deletePersona,
  readPersonas,
  touchpointIsFor,
  updatePersona,
} from './personas/personaOps'
export {
  deleteInfoItem,
  ensureInfoItem,
  readInfoItems,
  renameInfoItem,
} from './personas/infoItemOps'

export { type BoardMeta, SCHEMA_VERSION, TITLE_MAX } from './doc/BoardMeta'
export { META_ROOT, entityRoot, metaRoot } from './doc/schema'
export { type RootShape, BOARD_ROOTS, META_FIELDS, SERVER_ROOTS } from './doc/boardRoots'
export { initBoard, readMeta, setBoardTitle, validateBoardTitle } from './doc/board'
export { type Migration, type MigrationOutcome, MIGRATIONS, migrateBoard } from './doc/migrations'
export {
  type BoardProblem,
  STORED_SET_CEILING,
  validateBoard,
  validateEntity,
} from './doc/validateBoard'
export { type BoardSnapshot, boardSnapshot } from './doc/snapshot'
export { pruneDangling } from './doc/pruneDangling'
export {
  entityFromYMap,
  entityExists,
  readEntities,
  readEntity,
  readEntityField,
} from './doc/entityStore'

export { type WriteOptions, createEntity, updateEntity, deleteEntity } from './ops/entityOps'
export {
  type ActorInput,
  clamp01,
  createActor,
  deleteActor,
  moveActor,
  readActor,
  readActors,
  updateActor,
} from './ops/actorOps'
export {
  type RelationInput,
  createRelation,
  deleteRelation,
  readRelations,
  updateRelation,
} from './ops/relationOps'
export {
  type NoteInput,
  type PromoteOptions,
  type PromotedRef,
  createNote,
  deleteNote,
  moveNote,
  noteTitle,
  promoteNoteToActor,
  promoteNoteToTouchpoint,
  readNote,
  readNotes,
  updateNote,
} from './ops/noteOps'
export {
  type DangerSignal,
  type DangerSignalState,
  DANGER_SIGNALS,
  DANGER_SIGNALS_ROOT,
  SIGNAL_NOTE_MAX,
  dangerSignalField,
  readDangerSignals,
  updateDangerSignal,
} from './doc/dangerSignals'
export {
  actorsWithoutRelations,
  blockingActors,
  canBlock,
  categoryCounts,
} from './insight/actorInsights'
export {
  type BoardTemplate,
  type TemplateActor,
  type TemplateInfoItem,
  type TemplatePersona,
  type TemplateJourney,
  type TemplatePhase,
  type TemplateRelation,
  type TemplateTouchpoint,
} from './templates/BoardTemplate'
export { BOARD_TEMPLATES, TEMPLATE_ORIGIN, applyTemplate } from './templates/applyTemplate'
export {
  type JourneyCoordination,
  type PhaseCoordination,
  analyseJourney,
} from './insight/coordination'
export { type RepeatedRequest, repeatedRequests } from './insight/repeatedRequests'
export { touchpointCountsByActor } from './insight/touchpointCounts'
export {
  type PhaseDeletion,
  addPhase,
  addTouchpoint,
  createJourney,
  deletePhase,
  duplicateJourney,
  movePhase,
  moveTouchpoint,
  readJourneys,
  readPhases,
  readTouchpoints,
} from './ops/journeyOps'
export {
  type JourneyLane,
  type LaneSetting,
  JOURNEY_LANES,
  builtInLane,
  builtInLaneShape,
  parseLanes,
} from './journey/lanes'
export {
  type NewLane,
  addDefaultLanes,
  addLane,
  builtInLaneId,
  deleteLane,
  isLastTouchpointLane,
  moveLane,
  readLanes,
  renameLane,
  setLaneHidden,
} from './journey/laneOps'
export {
  type LaneItemInput,
  addLaneItem,
  deleteLaneItem,
  readLaneItems,
  updateLaneItem,
} from './journey/laneItemOps'
export { schema1Lanes } from './journey/schema1Lanes'
export {
  type Opportunity,
  type PainTarget,
  journeyOpportunities,
  painTargets,
} from './insight/opportunities'
export { lanesMigration } from './doc/lanesMigration'
export { type StarterPhase, STARTER_PHASES, startJourney } from './journey/startJourney'
export { copyJourney } from './journey/copyJourney'
export { counterpartOf, createToBe, linkJourneys, updateJourney } from './journey/counterpart'
export {
  type CompareDifference,
  type CompareFigure,
  type CompareRow,
  type ComparedJourney,
  type JourneyComparisonByPhase,
  type SideFigures,
  COMPARE_FIGURES,
  compareJourneys,
  sideFigures,
} from './journey/compareJourneys'
export { matchPhases, normaliseTitle } from './journey/matchPhases'
export {
  type BoardVersion,
  type VersionAuthor,
  type VersionKind,
  type VersionSummary,
  EMPTY_SUMMARY,
  VERSION_KINDS,
  VERSION_NAME_MAX,
  parseBoardVersion,
  parseVersionSummary,
  versionNameProblem,
} from './history/BoardVersion'
export {
  type BoardDiff,
  type JourneyComparison,
  type MovedActor,
  type OwnerChange,
  boardDiff,
  isEmptyDiff,
  summariseDiff,
  versionSummary,
} from './history/boardDiff'
export { restoreBoard } from './history/restoreBoard'
export { comparisonNames } from './history/comparisonNames'
export {
  type PhaseFigureRow,
  type PhaseFigures,
  journeyTotals,
  phaseFigureRows,
} from './history/phaseFigureRows'
export {
  type RegistryEntry,
  type RegistryRecord,
  type RegistrySearchResponse,
  type RegistrySkip,
  PUBLIC_FORMS,
  REGISTRY_QUERY_MAX,
  REGISTRY_SEARCH_LIMIT,
  isPublicBody,
  registryDisplayName,
  registryEntryFrom,
} from './registry/RegistryEntry'
export {
  type BoardLock,
  type LockScope,
  LOCKED_ROOTS,
  LOCKS_ROOT,
  LOCK_NAME_MAX,
  LOCK_SCOPES,
  isLockScope,
  lockField,
  lockOf,
  readLocks,
  writeLock,
} from './facilitation/locks'
export {
  type Presentation,
  PRESENTATION_ROOT,
  PRESENTER_NAME_MAX,
  presentationField,
  readPresentation,
  writePresentation,
} from './facilitation/presentation'
export {
  addSavedView,
  deleteSavedView,
  moveSavedView,
  readSavedViews,
  renameSavedView,
} from './facilitation/savedViewOps'
export {
  type PublicVote,
  type VoteItem,
  type VoteItemKind,
  type VoteItemSet,
  type VoteStatus,
  DOTS_PER_PERSON_MAX,
  VOTES_ROOT,
  VOTE_ITEMS_MAX,
  VOTE_ITEM_KINDS,
  VOTE_ITEM_SETS,
  VOTE_STATUSES,
  VOTE_TITLE_MAX,
  latestVote,
  readVotes,
  updateVote,
  voteField,
  writeVote,
} from './votes/votesRoot'
export {
  type TimerState,
  type TimerStatus,
  STOPPED_TIMER,
  TIMER_MAX_MS,
  TIMER_ROOT,
  TIMER_STATUSES,
  readTimer,
  timerField,
  timerRemaining,
  writeTimer,
} from './timer/timerRoot'
export { timerTransition } from './timer/timerTransition'
export { type VoteItemChoice, voteItems } from './votes/voteItems'
export { voteItemLabel } from './votes/voteItemLabel'
export { forgetLiveWorkshop } from './votes/forgetLiveWorkshop'
export { type TimeSample, bestClockOffset, clockOffset } from './time/clockOffset'
export {
  type CommentAuthor,
  type CommentBody,
  addThread,
  deleteComment,
  editComment,
  replyToThread,
  retargetComments,
  setThreadResolved,
} from './ops/commentOps'
export {
  type CommentThread,
  commentTargetKey,
  commentsMentioning,
  openThreadCounts,
  readCommentThreads,
  threadComments,
  threadsOn,
} from './comments/commentThreads'
export { commentTargetExists, isCommentTargetKind } from './comments/commentTargets'
export {
  VIEWERS_MAY_COMMENT,
  setViewersMayComment,
  viewersMayComment,
} from './comments/commentPermission'
