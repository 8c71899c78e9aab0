/**
 * The contract between the server and its clients on the socket: close codes, roles, token
 * claims, presence and participants. Both sides import it from here, never copy it.
 */
export { CloseCode, isFinalCloseCode } from './CloseCode'
export { ROLES, type Role, isRole, mayWrite, roleAtLeast } from './Role'
export {
  TOKEN_REFUSALS,
  type TokenClaims,
  type TokenPayload,
  type TokenRefusal,
  claimsFromPayload,
  tokenPayload,
} from './TokenClaims'
export type {
  LocalPresence,
  PresenceCursor,
  PresencePeer,
  PresenceState,
  PresenceSummon,
  PresenceTarget,
  PresenceUser,
  PresenceView,
  PresenceViewport,
} from './Presence'
export {
  PARTICIPANT_HEADER,
  PARTICIPANT_PARAM,
  type ParticipantId,
  createParticipantId,
  isParticipantId,
} from './Participant'
