import { isRefusal, type Refusal } from './refusal'
import { type Role, isRole, roleRank } from './roles'

/** A board this browser has created or opened, as the start page lists it. */
export interface RecentBoard {
  id: string
  title: string
  /** The share token this browser opens the board with; `null` where none was ever given. */
  token: string | null
  /** The role the token gives, as far as we know; `null` before the server has said. */
  role: Role | null
  /** ISO 8601; the list is newest first. */
  lastOpened: string
  /** Set when the server refused the token, so the list can say the link no longer works. */
  refused?: Refusal
}

/** What a visit or a create tells the store; missing fields keep what was stored. */
export interface BoardVisit {
  id: string
  title?: string
  token?: string | null
  role?: Role | null
}

/** The storage the list lives in: `localStorage` in the app, a map in tests. */
export type RecentStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Where the list is kept. */
export const RECENT_BOARDS_KEY = 'samkart.recentBoards'
/** Enough for anyone's workshops; the oldest fall off so storage stays small. */
export const RECENT_BOARDS_MAX = 50

function parseEntry(value: unknown): RecentBoard | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, title, token, role, lastOpened, refused } = value as Record<string, unknown>
  if (typeof id !== 'string' || !id || typeof lastOpened !== 'string') return null
  return {
    id,
    title: typeof title === 'string' ? title : '',
    token: typeof token === 'string' && token ? token : null,
    role: isRole(role) ? role : null,
    lastOpened,
    ...(isRefusal(refused) ? { refused } : {}),
  }
}

/** Reads the stored list, skipping anything malformed (storage is the user's to tamper with). */
export function parseRecentBoards(raw: string | null): RecentBoard[] {
  if (!raw) return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return []
  }
  const list = Array.isArray((value as { boards?: unknown } | null)?.boards)
    ? (value as { boards: unknown[] }).boards
    : []
  const seen = new Set<string>()
  const boards: RecentBoard[] = []
  for (const item of list) {
    const entry = parseEntry(item)
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id)
      boards.push(entry)
    }
  }
  return boards
}

/**
 * Merges a visit into what was stored about the same board. The token of the link just opened
 * wins, except where it would replace a working token with a weaker one: a facilitator who
 * opens their own viewer link to check it must not lose facilitating from this browser. A
 * token the server refused is always replaced.
 */
export function mergeVisit(
  stored: RecentBoard | undefined,
  visit: BoardVisit,
  now: Date,
): RecentBoard {
  const base: RecentBoard = stored ?? {
    id: visit.id,
    title: '',
    token: null,
    role: null,
    lastOpened: now.toISOString(),
  }
  let token = base.token
  let role = base.role
  let refused = base.refused
  if (visit.token !== undefined && visit.token !== base.token) {
    const weaker =
      base.token !== null &&
      !base.refused &&
      base.role !== null &&
      visit.role !== undefined &&
      visit.role !== null &&
      roleRank(visit.role) < roleRank(base.role)
    if (!weaker) {
      token = visit.token
      role = visit.role ?? null
      refused = undefined
    }
  } else if (visit.role !== undefined && visit.role !== null) {
    role = visit.role
  }
  return {
    id: base.id,
    title: visit.title ?? base.title,
    token,
    role,
    lastOpened: now.toISOString(),
    ...(refused ? { refused } : {}),
  }
}

/** The browser's list of recent boards, subscribable (shaped for `useSyncExternalStore`). */
export interface RecentBoards {
  /** Newest first; the same array until something changes. */
  list(): readonly RecentBoard[]
  get(id: string): RecentBoard | undefined
  /** Records a visit (or a create): moves the board to the top and merges what it says. */
  remember(visit: BoardVisit): RecentBoard
  /** Changes stored fields without counting as a visit (a rename, a refusal). */
  update(id: string, patch: Partial<Omit<RecentBoard, 'id'>>): void
  /**
   * Notes that the server refused `token` for the board; ignored unless it is the stored token
   * (a weaker link opened just for one visit says nothing about the stored one).
   */
  markRefused(id: string, token: string | null, refusal: Refusal): void
  /** Takes a board off the list. */
  forget(id: string): void
  /** Re-reads storage (another tab changed it). */
  reload(): void
  subscribe(listener: () => void): () => void
}

/**
 * Creates the store over `storage`. Without storage (private mode may throw on access) the list
 * lives in memory for the page's lifetime, which is all that can be done.
 */
export function createRecentBoards(
  storage: RecentStorage | null,
  clock: () => Date = () => new Date(),
  key = RECENT_BOARDS_KEY,
): RecentBoards {
  const read = () => {
    try {
      return parseRecentBoards(storage?.getItem(key) ?? null)
    } catch {
      return []
    }
  }
  let boards: readonly RecentBoard[] = read()
  const listeners = new Set<() => void>()
  const commit = (next: RecentBoard[]) => {
    boards = next
      .sort((a, b) => (a.lastOpened < b.lastOpened ? 1 : a.lastOpened > b.lastOpened ? -1 : 0))
      .slice(0, RECENT_BOARDS_MAX)
    try {
      storage?.setItem(key, JSON.stringify({ boards }))
    } catch {
      // Full or forbidden storage: the list still works for this page.
    }
    for (const listener of [...listeners]) listener()
  }
  const others = (id: string) => boards.filter((b) => b.id !== id)

  return {
    list: () => boards,
    get: (id) => boards.find((b) => b.id === id),
    remember(visit) {
      const entry = mergeVisit(
        boards.find((b) => b.id === visit.id),
        visit,
        clock(),
      )
      commit([entry, ...others(visit.id)])
      return entry
    },
    update(id, patch) {
      const entry = boards.find((b) => b.id === id)
      if (entry) commit([{ ...entry, ...patch, id }, ...others(id)])
    },
    markRefused(id, token, refusal) {
      const entry = boards.find((b) => b.id === id)
      if (entry && entry.token === token && entry.refused !== refusal)
        commit([{ ...entry, refused: refusal }, ...others(id)])
    },
    forget(id) {
      if (boards.some((b) => b.id === id)) commit([...others(id)])
    },
    reload() {
      boards = read()
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
