import {
  type MyDots,
  PARTICIPANT_HEADER,
  type PublicVote,
  type ServerTime,
  type StartVoteRequest,
  type TimerAction,
  type TimerState,
  type VoteAction,
  VOTER_KEY_HEADER,
} from '@samkart/model'
import { voterKey } from '../board/voterKey'
import { type ApiResult, bearer, request, settle } from './boardsApi'

type Fetch = typeof fetch

const votesUrl = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/votes`
const voteUrl = (boardId: string, voteId: string) =>
  `${votesUrl(boardId)}/${encodeURIComponent(voteId)}`

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

const asMyDots = (body: unknown): MyDots | null =>
  isRecord(body) &&
  typeof body.voteId === 'string' &&
  isRecord(body.dots) &&
  typeof body.left === 'number'
    ? (body as unknown as MyDots)
    : null

const json = (token: string | null, participantId?: string) => ({
  'content-type': 'application/json',
  ...bearer(token),
  // Dots are the participant's: its id, and the key that proves the id is this browser's.
  ...(participantId ? { [PARTICIPANT_HEADER]: participantId, [VOTER_KEY_HEADER]: voterKey() } : {}),
})

/** `POST …/votes` (facilitator): starts a vote; its public state also reaches the doc. */
export function startVote(
  boardId: string,
  token: string | null,
  vote: StartVoteRequest,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<PublicVote>> {
  return settle(
    request(fetchFn, votesUrl(boardId), {
      method: 'POST',
      headers: json(token),
      body: JSON.stringify(vote),
    }),
    (body) =>
      isRecord(body) && typeof body.id === 'string' ? (body as unknown as PublicVote) : null,
  )
}

/** `GET …/votes/:voteId/mine`: this participant's own dots. */
export function fetchMyDots(
  boardId: string,
  token: string | null,
  voteId: string,
  participantId: string,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<MyDots>> {
  return settle(
    request(fetchFn, `${voteUrl(boardId, voteId)}/mine`, { headers: json(token, participantId) }),
    asMyDots,
  )
}

/** `PUT …/votes/:voteId/dots`: replaces this participant's dots with `dots`. */
export function putMyDots(
  boardId: string,
  token: string | null,
  voteId: string,
  participantId: string,
  dots: Record<string, number>,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<MyDots>> {
  return settle(
    request(fetchFn, `${voteUrl(boardId, voteId)}/dots`, {
      method: 'PUT',
      headers: json(token, participantId),
      body: JSON.stringify({ dots }),
    }),
    asMyDots,
  )
}

/** `POST …/votes/:voteId/close|reveal` (facilitator). */
export function actOnVote(
  boardId: string,
  token: string | null,
  voteId: string,
  action: VoteAction,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<true>> {
  return settle(
    request(fetchFn, `${voteUrl(boardId, voteId)}/${action}`, {
      method: 'POST',
      headers: json(token),
    }),
    () => true,
  )
}

/** `POST …/timer` (facilitator): one timer action; the new state also reaches the doc. */
export function changeTimer(
  boardId: string,
  token: string | null,
  action: TimerAction,
  fetchFn: Fetch = fetch,
): Promise<ApiResult<TimerState>> {
  return settle(
    request(fetchFn, `/api/boards/${encodeURIComponent(boardId)}/timer`, {
      method: 'POST',
      headers: json(token),
      body: JSON.stringify(action),
    }),
    (body) => (isRecord(body) ? (body as unknown as TimerState) : null),
  )
}

/** `GET /api/time`: the server's clock. */
export function fetchServerTime(fetchFn: Fetch = fetch): Promise<ApiResult<ServerTime>> {
  return settle(request(fetchFn, '/api/time', { cache: 'no-store' }), (body) =>
    isRecord(body) && typeof body.now === 'number' ? { now: body.now } : null,
  )
}
