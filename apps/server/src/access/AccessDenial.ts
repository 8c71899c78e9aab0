import type { TokenRefusal } from '@samkart/model'
import { CloseCode } from '../sync/CloseCode'

/**
 * Why a token does not open a board: a {@link TokenRefusal} of the contract in
 * @samkart/model (the HTTP error codes and WebSocket close reasons the web app translates),
 * or no such board.
 */
export type AccessDenial = TokenRefusal | 'board_not_found'

/** WebSocket close code and reason for a denial; 44xx, so y-websocket stops retrying. */
export function closeFor(denial: AccessDenial): { code: number; reason: string } {
  switch (denial) {
    case 'token_missing':
    case 'token_invalid':
      // One code for both: to a client, a link without a token is a broken link.
      return { code: CloseCode.TokenInvalid, reason: 'token_invalid' }
    case 'token_wrong_board':
      return { code: CloseCode.TokenWrongBoard, reason: 'token_wrong_board' }
    case 'token_revoked':
      return { code: CloseCode.TokenRevoked, reason: 'token_revoked' }
    case 'token_expired':
      return { code: CloseCode.TokenExpired, reason: 'token_expired' }
    case 'board_not_found':
      return { code: CloseCode.BoardNotFound, reason: 'board not found' }
    default: {
      const unreachable: never = denial
      throw new Error(`unknown denial ${String(unreachable)}`)
    }
  }
}

/** HTTP status and error code for a denial. */
export function httpFor(denial: AccessDenial): { status: number; code: string } {
  switch (denial) {
    case 'token_missing':
    case 'token_invalid':
    case 'token_expired':
    case 'token_revoked':
      return { status: 401, code: denial }
    case 'token_wrong_board':
      return { status: 403, code: denial }
    case 'board_not_found':
      return { status: 404, code: 'not_found' }
    default: {
      const unreachable: never = denial
      throw new Error(`unknown denial ${String(unreachable)}`)
    }
  }
}

/** An English sentence for a denial, for the `message` of an HTTP error and for logs. */
export function describeDenial(denial: AccessDenial): string {
  switch (denial) {
    case 'token_missing':
      return 'a share-link token is required'
    case 'token_invalid':
      return 'the token is malformed or not signed by this server'
    case 'token_wrong_board':
      return 'the token is for another board'
    case 'token_expired':
      return 'the share link has expired'
    case 'token_revoked':
      return 'the share link has been revoked'
    case 'board_not_found':
      return 'no such board'
    default: {
      const unreachable: never = denial
      throw new Error(`unknown denial ${String(unreachable)}`)
    }
  }
}
