/** The HTTP API's request and response shapes, parsed the same way on the server and in the app. */
export { type AdminBoardList, type AdminBoardListing, parseAdminBoardList } from './AdminBoardList'
export {
  type BoardLockRequest,
  type BoardLockState,
  parseBoardLockRequest,
} from './BoardLockRequest'
export { type ApiRefusal, type Parsed, badRequest } from './ApiRefusal'
export {
  type BoardInfo,
  type BoardSummary,
  type CreatedBoard,
  parseBoardInfo,
  parseBoardSummary,
  parseCreatedBoard,
} from './Board'
export {
  type MyDots,
  type PutDotsRequest,
  type ServerTime,
  type StartVoteRequest,
  type VoteAction,
  type VoteResponse,
  VOTE_ACTIONS,
  VOTER_KEY_HEADER,
  isVoterKey,
  parseDots,
  parseStartVote,
} from './Vote'
export { type TimerAction, EXTEND_MAX_MINUTES, parseTimerAction } from './Timer'
