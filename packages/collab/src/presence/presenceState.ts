import {
  type PresenceCursor,
  type PresenceState,
  type PresenceSummon,
  type PresenceUser,
  type PresenceView,
  type PresenceViewport,
  isParticipantId,
} from '@samkart/model'
import { isPresenceColor } from './presenceColors'

// The presence types are the client–server contract: one home in @samkart/model.
export type {
  PresenceCursor,
  PresenceState,
  PresenceSummon,
  PresenceUser,
  PresenceView,
  PresenceViewport,
}

/** Longest display name, in characters. */
export const NAME_MAX = 40
/** Most selected ids shown for one participant; a larger selection is cut, not refused. */
export const SELECTION_MAX = 200
const VIEW_MAX = 120
const ID_MAX = 64
const COORD_MAX = 1e7

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCoord = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= COORD_MAX
const isView = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= VIEW_MAX &&
  (value.startsWith('actors:') || value.startsWith('journey:'))

function readCursor(raw: unknown): PresenceCursor | null {
  if (!isRecord(raw) || !isView(raw.view) || !isCoord(raw.x) || !isCoord(raw.y)) return null
  return { view: raw.view, x: raw.x, y: raw.y }
}

function readViewport(raw: unknown): PresenceViewport | null {
  if (!isRecord(raw) || !isView(raw.view) || !isCoord(raw.x) || !isCoord(raw.y)) return null
  const zoom = raw.zoom
  if (typeof zoom !== 'number' || !(zoom > 0) || zoom > 100) return null
  return { view: raw.view, x: raw.x, y: raw.y, zoom }
}

function readSummon(raw: unknown): PresenceSummon | undefined {
  if (!isRecord(raw) || !Number.isSafeInteger(raw.seq)) return undefined
  const viewport = readViewport(raw.viewport)
  if (!viewport || !isView(raw.view)) return undefined
  return { seq: raw.seq as number, view: raw.view, viewport }
}

/**
 * Reads another client's awareness state, which may come from any program: anything that is
 * not a presence state is `null`, names are trimmed and cut to {@link NAME_MAX}, colours
 * outside the palette, bad numbers and oversized selections are dropped or cut. So a hostile
 * or buggy peer can garble only its own cursor, never anyone's screen.
 */
export function readPresenceState(raw: unknown): PresenceState | null {
  if (!isRecord(raw) || !isRecord(raw.user)) return null
  const name = typeof raw.user.name === 'string' ? raw.user.name.trim().slice(0, NAME_MAX) : ''
  if (!name || !isPresenceColor(raw.user.color)) return null
  const selection = readIds(raw.selection)
  const dragging = readIds(raw.dragging)
  const summon = readSummon(raw.summon)
  const participantId = isParticipantId(raw.user.participantId) ? raw.user.participantId : undefined
  return {
    user: { name, color: raw.user.color, ...(participantId ? { participantId } : {}) },
    cursor: readCursor(raw.cursor),
    selection,
    viewport: readViewport(raw.viewport),
    ...(summon ? { summon } : {}),
    ...(dragging.length ? { dragging } : {}),
  }
}

/** Card ids from a peer: strings of a sane length, at most {@link SELECTION_MAX} of them. */
function readIds(raw: unknown): string[] {
  return Array.isArray(raw)
    ? raw
        .filter((id): id is string => typeof id === 'string' && id.length <= ID_MAX)
        .slice(0, SELECTION_MAX)
    : []
}
