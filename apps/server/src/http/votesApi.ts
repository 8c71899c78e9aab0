import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  PARTICIPANT_HEADER,
  type ParticipantId,
  VOTE_ACTIONS,
  VOTER_KEY_HEADER,
  type VoteAction,
  isParticipantId,
  isVoterKey,
  parseStartVote,
} from '@samkart/model'
import type { Outcome, Voter } from '../votes/Votes'
import type { ApiContext } from './ApiContext'
import { readJsonBody } from './readJsonBody'
import { readObjectBody } from './readObjectBody'
import { requireRole } from './requestAccess'
import { sendError, sendJson } from './sendJson'

/** The part of a board's path after `/votes`, and the method check of the caller. */
export interface VotesRoute {
  boardId: string
  rest: string
  allow(methods: string[]): boolean
}

/**
 * Dot voting (docs/user-guide.md, «Prikkstemming»; the README lists the bodies). Every
 * participant with a link votes, viewers too: voting is how a room prioritises, and a dot
 * changes no part of the board. Placing and reading dots needs the browser's participant id
 * (`X-Samkart-Participant`), which is whose dots they are, and the browser's voter key
 * (`X-Samkart-Voter-Key`), which proves the id is the caller's: ids are public in the room.
 * - `GET /api/boards/:id/votes` (any role) → `{ vote }`: the newest vote's public state or `null`
 * - `POST /api/boards/:id/votes` {@link StartVoteRequest} (facilitator) → 201 the vote
 * - `GET /api/boards/:id/votes/:voteId/mine` (any role) → {@link MyDots}: the caller's own dots
 * - `PUT /api/boards/:id/votes/:voteId/dots` `{ dots: { <itemId>: n } }` (any role) → {@link MyDots}
 * - `POST /api/boards/:id/votes/:voteId/close` and `…/reveal` (facilitator) → the vote
 */
export async function handleVotesApi(
  req: IncomingMessage,
  res: ServerResponse,
  route: VotesRoute,
  ctx: ApiContext,
): Promise<void> {
  const { boardId, rest } = route
  if (rest === '') {
    if (!route.allow(['GET', 'HEAD', 'POST'])) return
    if (req.method === 'POST') return start(req, res, ctx, boardId)
    if (!(await requireRole(req, res, ctx.access, boardId, 'viewer'))) return
    return send(res, 200, await ctx.votes.latest(boardId), (vote) => ({ vote }))
  }
  const match = /^\/([^/]+)\/(mine|dots|close|reveal)$/.exec(rest)
  if (!match) return sendError(res, 404, 'not_found', 'no such vote route')
  const voteId = match[1]!
  const what = match[2]!
  if (what === 'mine' || what === 'dots') {
    if (!route.allow(what === 'mine' ? ['GET', 'HEAD'] : ['PUT'])) return
    if (!(await requireRole(req, res, ctx.access, boardId, 'viewer'))) return
    const participant = participantOf(req)
    if (!participant)
      return sendError(
        res,
        400,
        'participant_missing',
        `${PARTICIPANT_HEADER} must carry the browser's participant id`,
      )
    const key = req.headers[VOTER_KEY_HEADER.toLowerCase()]
    if (!isVoterKey(key))
      return sendError(res, 400, 'voter_key_missing', `${VOTER_KEY_HEADER} must carry a voter key`)
    const voter: Voter = { participantId: participant, key }
    if (what === 'mine') return send(res, 200, await ctx.votes.mine(boardId, voteId, voter))
    const body = await readJsonBody(req)
    if (!body.ok) return sendError(res, 400, body.code, body.message)
    return send(res, 200, await ctx.votes.putDots(boardId, voteId, voter, body.value))
  }
  if (!route.allow(['POST'])) return
  if (!(await requireRole(req, res, ctx.access, boardId, 'facilitator'))) return
  const action = what as VoteAction
  if (!VOTE_ACTIONS.includes(action)) return sendError(res, 404, 'not_found', 'no such action')
  return send(res, 200, await ctx.votes.act(boardId, voteId, action))
}

async function start(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string) {
  if (!(await requireRole(req, res, ctx.access, id, 'facilitator'))) return
  const body = await readObjectBody(req, res)
  if (!body) return
  const parsed = parseStartVote(body, ctx.now())
  if (!parsed.ok)
    return sendError(res, parsed.refusal.status, parsed.refusal.code, parsed.refusal.message)
  const started = await ctx.votes.start(id, parsed.value)
  if (started.ok) ctx.logger.info('vote started', { board: id, vote: started.value.id })
  return send(res, 201, started)
}

function participantOf(req: IncomingMessage): ParticipantId | null {
  const header = req.headers[PARTICIPANT_HEADER.toLowerCase()]
  return isParticipantId(header) ? header : null
}

function send<T>(
  res: ServerResponse,
  status: number,
  outcome: Outcome<T>,
  wrap: (value: T) => unknown = (value) => value,
): void {
  if (!outcome.ok)
    return sendError(res, outcome.refusal.status, outcome.refusal.code, outcome.refusal.message)
  sendJson(res, status, wrap(outcome.value))
}
