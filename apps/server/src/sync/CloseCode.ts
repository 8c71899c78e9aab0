/**
 * WebSocket close codes the server uses. y-websocket 3.1 treats 4400–4499 as final (it stops
 * reconnecting and emits `closed`) and every other code as transient, so: codes for "this
 * client sent something wrong" or "this board does not exist" are 44xx; shutdown, storage
 * trouble and slowness are not, so clients come back by themselves.
 */
export const CloseCode = {
  /** Server shutting down; clients reconnect when it is back. */
  GoingAway: 1001,
  /** A text frame: the protocol is binary only. */
  UnsupportedData: 1003,
  /** The client cannot keep up with the updates sent to it. */
  PolicyViolation: 1008,
  /** A message over the size limit; sent by `ws` itself (without a reason). */
  MessageTooBig: 1009,
  /** The board could not be loaded or saved; reconnecting reloads it from disk. */
  InternalError: 1011,
  /** Malformed, truncated or unknown message, or an update that does not decode. */
  BadMessage: 4400,
  /** No board with that id (or not a valid id). */
  BoardNotFound: 4404,
  /** A well-formed update that would break the board's schema. */
  RejectedUpdate: 4422,
} as const
