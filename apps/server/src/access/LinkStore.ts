import type { Role } from './Role'

/** A share link as stored. Times are milliseconds since the epoch. */
export interface ShareLink {
  id: string
  boardId: string
  role: Role
  createdAt: number
  /** `null`: never expires. */
  expiresAt: number | null
  /** `null`: still active (unless expired). */
  revokedAt: number | null
}

/**
 * Persistence of share links, kept apart from `Storage` (boards and their documents) so that
 * the sync path's store stays as it is. Async like `Storage`, so a network store can implement
 * it; `SqliteLinkStore` is the default. Links are never deleted one by one (revoking keeps the
 * row, so the list can show what was revoked when), only with their board.
 */
export interface LinkStore {
  /** Stores a new link. */
  create(link: ShareLink): Promise<void>
  /** One link, or `undefined`. */
  get(id: string): Promise<ShareLink | undefined>
  /** A board's links, oldest first. */
  list(boardId: string): Promise<ShareLink[]>
  /** Marks a link revoked at `at`; `false` if there is no such link or it was revoked already. */
  revoke(id: string, at: number): Promise<boolean>
  /** Removes every link of a board (the board is being deleted). */
  deleteBoardLinks(boardId: string): Promise<void>
  /** Closes the store; no method may be called afterwards. */
  close(): Promise<void>
}
