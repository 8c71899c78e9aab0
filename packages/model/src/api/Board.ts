import { type Role, isRole } from '../protocol/Role'

/**
 * A board as the API answers for it: the contract of the server, which sends these, and the
 * web app, which reads them with the parsers below (a server of another version may send
 * something else).
 */
export interface BoardSummary {
  id: string
  title: string
  /** ISO 8601. */
  createdAt: string
}

/** A board as `GET /api/boards/:id` shows it to a token holder, with the token's role. */
export interface BoardInfo extends BoardSummary {
  role: Role
  /**
   * Facilitators only: writes the server dropped on this board (a viewer's, or a write to a
   * locked or server-only part) since it was loaded, summed over every instance that serves it.
   */
  droppedWrites?: number
}

/** A board just created (or duplicated), with the facilitator token that opens it. */
export interface CreatedBoard extends BoardInfo {
  /** `null` only from a server with access checks switched off, which hands out no tokens. */
  token: string | null
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Reads one board summary, or `null` if the shape is wrong. */
export function parseBoardSummary(value: unknown): BoardSummary | null {
  if (!isRecord(value)) return null
  const { id, title, createdAt } = value
  if (typeof id !== 'string' || typeof title !== 'string' || typeof createdAt !== 'string')
    return null
  return { id, title, createdAt }
}

/** Reads a board with its role; an unknown role means the shape is wrong. */
export function parseBoardInfo(value: unknown): BoardInfo | null {
  const board = parseBoardSummary(value)
  const role = isRecord(value) ? value.role : undefined
  if (!board || !isRole(role)) return null
  const dropped = isRecord(value) ? value.droppedWrites : undefined
  return {
    ...board,
    role,
    ...(typeof dropped === 'number' && Number.isSafeInteger(dropped) && dropped >= 0
      ? { droppedWrites: dropped }
      : {}),
  }
}

/** Reads a create or duplicate response; a server without access checks sends no token. */
export function parseCreatedBoard(value: unknown): CreatedBoard | null {
  const board = parseBoardSummary(value)
  if (!board || !isRecord(value)) return null
  const token = typeof value.token === 'string' && value.token ? value.token : null
  return { ...board, role: isRole(value.role) ? value.role : 'facilitator', token }
}
