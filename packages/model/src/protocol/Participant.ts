import { createId, isValidId } from '../ids'

/**
 * The query parameter that carries a browser's participant id on the WebSocket URL
 * (`/ws/<board>?token=…&participant=…`), beside the token: a browser WebSocket cannot set headers.
 */
export const PARTICIPANT_PARAM = 'participant'

/** The header that carries the participant id on HTTP API calls made for one participant. */
export const PARTICIPANT_HEADER = 'X-Samkart-Participant'

/**
 * A participant id: one browser's stable, random identity on the boards it opens (kept in its
 * local storage), not a login. With the share link's role it decides what a connection may
 * write where authorship matters (a viewer's own comments) and whose dots are whose in a vote.
 * It is not a secret from the room: others see it as the author of comments.
 */
export type ParticipantId = string & { readonly __brand?: 'ParticipantId' }

/** True for a well-formed participant id (the entity id alphabet, 1–64 characters). */
export function isParticipantId(value: unknown): value is ParticipantId {
  return isValidId(value)
}

/** A fresh random participant id (~95 bits, so two browsers never share one by chance). */
export function createParticipantId(): ParticipantId {
  const id: string = createId()
  return id
}
