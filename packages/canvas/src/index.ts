/**
 * @samkart/canvas: the board's React views. Receives a Y.Doc from the app and never connects
 * by itself (the lint rules forbid it); reads and writes go through @samkart/model.
 */
export { ActorMapView, type ActorMapViewProps } from './ActorMapView'
export { type OrganisationSearch } from './actors/OrganisationField'
export { handleMenuKeys } from './dialogs/menuKeys'
export { useBoardMeta } from './hooks/useBoardMeta'
export { ConfirmDialog, type ConfirmDialogProps } from './dialogs/ConfirmDialog'
export { HeadedDialog, type HeadedDialogProps } from './dialogs/HeadedDialog'
export { JourneysView, type JourneysViewProps } from './journey/JourneysView'
export { JourneyView, type JourneyViewProps } from './journey/JourneyView'
export {
  type TouchpointSelection,
  createTouchpointSelection,
  useTouchpointSelection,
} from './journey/touchpointSelection'
export { type ActorActions, createActorActions, spawnScores } from './actions/actorActions'
export {
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  type Point,
  type Scores,
  clampToMatrix,
  positionToScores,
  scoresToPosition,
} from '@samkart/layout'
export { CategoryTag, type CategoryTagProps } from './matrix/CategoryTag'
export { requestWholeMap, wholeMapDrawn } from './flow/wholeMap'
export { everyModelErrorIsTranslated } from './actions/errorCoverage'
export {
  type Selection,
  type SelectionStore,
  createSelectionStore,
} from './selection/selectionStore'
export { useSelection } from './selection/useSelection'
export {
  type CanvasCollab,
  type CanvasPresence,
  type EditGrouping,
  type LocalPresence,
  type PresencePeer,
  type PresenceTarget,
  type PresenceViewport,
  type Subscribable,
} from './presence/canvasPresence'
export { CanvasCollabContext, useCanvasCollab } from './presence/CanvasCollabContext'
export { PeopleList, type PeopleListProps } from './presence/PeopleList'
export { FollowBanner } from './presence/FollowBanner'
export {
  type FocusTarget,
  type ViewControls,
  ViewControlsContext,
  createViewControls,
} from './facilitation/ViewControls'
export { type ValueStore, createValueStore } from './facilitation/valueStore'
export { useStoredFlag } from './hooks/useStoredFlag'
export { type ActorFilter, EMPTY_FILTER } from './filter/actorFilter'
export {
  type CommentJump,
  type CommentTarget,
  type CommentsBridge,
  CommentsBridgeContext,
  useCommentsBridge,
} from './comments/CommentsBridge'
export { CommentIcon } from './comments/CommentBadge'
