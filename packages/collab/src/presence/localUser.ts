import { NAME_MAX } from './presenceState'
import { type ParticipantId, createParticipantId, isParticipantId } from '@samkart/model'
import { isPresenceColor } from './presenceColors'

/** Where the browser remembers who its user is (same keys on every board). */
export const NAME_STORAGE_KEY = 'samkart.presence.name'
export const COLOR_STORAGE_KEY = 'samkart.presence.color'
/** Set once this browser's user has been asked for their name (and answered or declined). */
export const ASKED_STORAGE_KEY = 'samkart.presence.asked'
/** This browser's participant id, the same on every board (see `ParticipantId`). */
export const PARTICIPANT_STORAGE_KEY = 'samkart.participant'

/** The part of `localStorage` this needs; absent or throwing storage (private mode) is fine. */
export type UserStorage = Pick<Storage, 'getItem' | 'setItem'>

/** What this browser remembers: a chosen name (or none yet) and a preferred colour. */
export interface RememberedUser {
  name: string | null
  color: string | null
}

function read(storage: UserStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(storage: UserStorage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // Storage full or denied: the name still works for this visit.
  }
}

/** The remembered user; a stored value that is not a valid name or colour counts as none. */
export function readRememberedUser(storage: UserStorage | undefined): RememberedUser {
  const name = normaliseName(read(storage, NAME_STORAGE_KEY) ?? '')
  const color = read(storage, COLOR_STORAGE_KEY)
  return { name, color: isPresenceColor(color) ? color : null }
}

/** Remembers the name for every board in this browser. */
export function rememberName(storage: UserStorage | undefined, name: string): void {
  write(storage, NAME_STORAGE_KEY, name)
}

/** Whether this browser's user has been asked for a name before (on any board). */
export function wasAskedForName(storage: UserStorage | undefined): boolean {
  return read(storage, ASKED_STORAGE_KEY) === '1'
}

/** Remembers that the user was asked, so they are asked once, not on every visit. */
export function rememberAsked(storage: UserStorage | undefined): void {
  write(storage, ASKED_STORAGE_KEY, '1')
}

/** Remembers the colour this browser prefers. */
export function rememberColor(storage: UserStorage | undefined, color: string): void {
  write(storage, COLOR_STORAGE_KEY, color)
}

/** A display name as shown: inner whitespace collapsed, trimmed; `null` if nothing is left. */
export function normaliseName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim()
  return name ? name : null
}

/** Why a name cannot be used, or `null` if it can. */
export function nameProblem(raw: string): 'required' | 'too_long' | null {
  const name = normaliseName(raw)
  if (!name) return 'required'
  if (name.length > NAME_MAX) return 'too_long'
  return null
}

/**
 * This browser's participant id: the remembered one, or a new one that is remembered from now
 * on. Where storage is refused the id lasts for this page only (a reload is a new participant).
 */
export function participantIdFrom(storage: UserStorage | undefined): ParticipantId {
  const stored = read(storage, PARTICIPANT_STORAGE_KEY)
  if (isParticipantId(stored)) return stored
  const id = createParticipantId()
  write(storage, PARTICIPANT_STORAGE_KEY, id)
  return id
}
