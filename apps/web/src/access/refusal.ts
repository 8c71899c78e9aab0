import { CloseCode, TOKEN_REFUSALS } from '@samkart/model'
/**
 * Why the server will not let this browser onto a board, as the snake_case codes it uses both
 * as HTTP error codes and as WebSocket close reasons: the token refusals of the contract in
 * @samkart/model, and too many messages. All are final: the same token will not work on a
 * retry, so the app says why and what to do instead.
 */
export const REFUSALS = [...TOKEN_REFUSALS, 'rate_limited'] as const

/** A reason in {@link REFUSALS}. */
export type Refusal = (typeof REFUSALS)[number]

/** Why the server is turning connections away for now; the client keeps retrying. */
export type Busy = 'board_full' | 'server_full'

/** WebSocket close codes of the access contract. */
const CLOSE_REFUSALS: Readonly<Record<number, Refusal>> = {
  [CloseCode.TokenInvalid]: 'token_invalid',
  [CloseCode.TokenWrongBoard]: 'token_wrong_board',
  [CloseCode.TokenRevoked]: 'token_revoked',
  [CloseCode.TokenExpired]: 'token_expired',
  [CloseCode.RateLimited]: 'rate_limited',
}

/** True if `value` is a refusal code. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'string' && (REFUSALS as readonly string[]).includes(value)
}

/**
 * The refusal a WebSocket close stands for, or `null` for any other close. The code decides;
 * the reason string refines it only where one code covers two (a missing token is `CloseCode.TokenInvalid` too).
 */
export function refusalFromClose(code: number, reason: string): Refusal | null {
  const byCode = CLOSE_REFUSALS[code]
  if (!byCode) return null
  return byCode === 'token_invalid' && reason === 'token_missing' ? 'token_missing' : byCode
}

/** Whether a close means "full, try again later" (4508, 4509), which the client retries. */
export function busyFromClose(code: number): Busy | null {
  if (code === CloseCode.BoardFull) return 'board_full'
  if (code === CloseCode.ServerFull) return 'server_full'
  return null
}

/** The refusal an HTTP error code stands for (`401 token_revoked` …), or `null`. */
export function refusalFromApiCode(code: string | undefined): Refusal | null {
  return isRefusal(code) ? code : null
}
