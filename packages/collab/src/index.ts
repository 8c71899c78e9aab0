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
