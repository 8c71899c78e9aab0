/**
 * WebSocket close codes the server uses. y-websocket 3.1 treats 4400–4499 as final (it stops
 * reconnecting and emits `closed`) and every other code as transient, so: codes for "this
 * client sent something wrong", "this token does not open this board" or "this board does not
 * exist" are 44xx; shutdown, storage trouble, slowness and full boards are not, so clients come
 * back by themselves. New reasons are the snake_case code the web app translates.
 *
 * The contract between the server, which closes sockets with these codes, and the web app,
 * which tells people why: both import it from here, so no code is written down twice.
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
  /** Missing, malformed or forged share-link token (reason `token_invalid`). */
  TokenInvalid: 4401,
  /** A valid token for another board (reason `token_wrong_board`). */
  TokenWrongBoard: 4403,
  /** No board with that id (or not a valid id), or the board was deleted. */
  BoardNotFound: 4404,
  /** The share link was revoked, also sent to its live connections (reason `token_revoked`). */
  TokenRevoked: 4410,
  /** The share link has expired, also sent to its live connections (reason `token_expired`). */
  TokenExpired: 4419,
  /** A well-formed update that would break the board's schema. */
  RejectedUpdate: 4422,
  /** Over the messages or awareness updates per second of one connection (`rate_limited`). */
  RateLimited: 4429,
  /** The board has its maximum of connections (`board_full`); the client retries. */
  BoardFull: 4508,
  /** The server has its maximum of connections (`server_full`); the client retries. */
  ServerFull: 4509,
  /**
   * Part of an update needed structs or deletions the board does not have
   * (`missing_dependencies`). That part was dropped; the client retries, and its sync on
   * reconnecting carries what was missing.
   */
  MissingDependencies: 4512,
  /**
   * Too many bytes waiting to be handled, from this connection or on its board (`queue_full`);
   * the client retries once the server has caught up.
   */
  QueueFull: 4513,
} as const

/**
 * Whether y-websocket (3.1) treats a close as final and stops reconnecting: the 4400–4499
 * range, where this contract puts «this client sent something wrong», «this token does not
 * open this board» and «this board does not exist».
 */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500
}
