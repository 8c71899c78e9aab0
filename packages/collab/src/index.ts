/**
 * @samkart/collab: connects a board's Y.Doc to the Samkart server and reports the connection
 * status. Framework-free; the web app wires it to React.
 */
export {
  type BoardConnection,
  type CloseInfo,
  type ConnectBoardOptions,
  connectBoard,
} from './connectBoard'
export {
  CLOSE_BOARD_NOT_FOUND,
  type ConnectionStatus,
  type ProviderEvent,
  type ProviderState,
  connectionStatus,
  initialProviderState,
  reduceProviderState,
} from './connectionStatus'
export { type ReadableStore, type WritableStore, createStore } from './statusStore'
export { socketUrl } from './socketUrl'
export {
  type LocalPresence,
  type Presence,
  type PresenceOptions,
  type PresencePeer,
  type PresenceTarget,
  createPresence,
} from './presence/presenceStore'
export {
  NAME_MAX,
  type PresenceCursor,
  type PresenceState,
  type PresenceSummon,
  type PresenceUser,
  type PresenceView,
  type PresenceViewport,
  readPresenceState,
} from './presence/presenceState'
export { PRESENCE_COLORS, type PresenceColor, pickColor } from './presence/presenceColors'
export { type UserStorage, nameProblem, participantIdFrom } from './presence/localUser'
export { type UndoAvailability, type UndoHistory, createUndoHistory } from './undo/undoHistory'
export { type LocalCopy, type LocalCopyState, openLocalCopy } from './offline/localCopy'
export { SYNC_APPLIED_MARK, SYNC_RECEIVED_MARK } from './timing/syncMarks'
