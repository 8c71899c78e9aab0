import { createHash, timingSafeEqual } from 'node:crypto'
import { createId } from '@samkart/model'
import type { AccessDenial } from './AccessDenial'
import type { LinkStore, ShareLink } from './LinkStore'
import type { Role } from './Role'
import type { TokenSigner } from './TokenSigner'

/** `tokens`: every board needs a share-link token. `open`: no checks, everyone is facilitator. */
export const ACCESS_MODES = ['tokens', 'open'] as const
export type AccessMode = (typeof ACCESS_MODES)[number]
/** `open`: anyone may create boards. `admin`: only holders of the admin token. */
export const CREATE_MODES = ['open', 'admin'] as const
export type CreateMode = (typeof CREATE_MODES)[number]

/** What a checked token allows on one board. */
export interface Grant {
  role: Role
  /** The link the token belongs to; `null` when access is `open`. */
  linkId: string | null
  /** When the link expires (ms since the epoch), or `null`. */
  expiresAt: number | null
}

/** The outcome of {@link AccessControl.authorize}. */
export type AccessDecision = { ok: true; grant: Grant } | { ok: false; denial: AccessDenial }

/** A share link as the API shows it to facilitators. */
export interface LinkView {
  id: string
  role: Role
  /** ISO 8601. */
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  /** The token again, for an active link; `null` once it is revoked or expired. */
  token: string | null
}

/** What {@link AccessControl} needs. */
export interface AccessControlOptions {
  mode: AccessMode
  create: CreateMode
  /** `''`: no admin token configured. */
  adminToken: string
  signer: TokenSigner
  links: LinkStore
  /** Whether a board exists: tells "deleted board" from "revoked link" when a link is gone. */
  boardExists(id: string): Promise<boolean>
  /** Clock in ms; tests of expiry pass their own. */
  now?: () => number
}

const OPEN_GRANT: Grant = { role: 'facilitator', linkId: null, expiresAt: null }

/**
 * Decides who may do what: checks share-link tokens for a board, the admin token for creating
 * and listing boards, and keeps the links (create, list with their tokens, revoke). The order
 * of checks on a token: signature and shape (no storage touched, so forged tokens cost almost
 * nothing), then the board, then expiry, then the stored link (revoked?).
 */
export class AccessControl {
  /** Called after a link was revoked, so its live connections can be closed. */
  onRevoked: ((linkId: string) => void) | null = null
  private readonly now: () => number
  private readonly adminDigest: Buffer | null

  constructor(private readonly options: AccessControlOptions) {
    this.now = options.now ?? Date.now
    this.adminDigest = options.adminToken === '' ? null : digest(options.adminToken)
  }

  /** Whether tokens are checked at all. */
  get mode(): AccessMode {
    return this.options.mode
  }

  /** What `token` allows on board `boardId`. */
  async authorize(token: string | null | undefined, boardId: string): Promise<AccessDecision> {
    if (this.options.mode === 'open') return { ok: true, grant: OPEN_GRANT }
    if (token === null || token === undefined || token === '')
      return { ok: false, denial: 'token_missing' }
    const claims = this.options.signer.verify(token)
    if (!claims) return { ok: false, denial: 'token_invalid' }
    if (claims.boardId !== boardId) return { ok: false, denial: 'token_wrong_board' }
    if (claims.expiresAt !== null && claims.expiresAt <= this.now())
      return { ok: false, denial: 'token_expired' }
    const link = await this.options.links.get(claims.linkId)
    if (!link || link.boardId !== boardId)
      // Links go with their board; a link missing under an existing board was not issued by
      // this database (a restored backup): as good as revoked.
      return {
        ok: false,
        denial: (await this.options.boardExists(boardId)) ? 'token_revoked' : 'board_not_found',
      }
    if (link.revokedAt !== null) return { ok: false, denial: 'token_revoked' }
    return {
      ok: true,
      grant: { role: link.role, linkId: link.id, expiresAt: link.expiresAt },
    }
  }

  /**
   * The administrator acts as a facilitator of every board (to open, copy or delete it from
   * the overview): a facilitator grant for the admin token, a denial for a board that does not
   * exist, or `null` when `adminToken` is not the admin token (the share link then decides).
   */
  async authorizeAdmin(
    adminToken: string | null | undefined,
    boardId: string,
  ): Promise<AccessDecision | null> {
    if (!this.isAdmin(adminToken)) return null
    if (!(await this.options.boardExists(boardId))) return { ok: false, denial: 'board_not_found' }
    return { ok: true, grant: { role: 'facilitator', linkId: null, expiresAt: null } }
  }

  /** Whether `token` is the configured admin token (compared in constant time). */
  isAdmin(token: string | null | undefined): boolean {
    if (!this.adminDigest || !token) return false
    return timingSafeEqual(digest(token), this.adminDigest)
  }

  /** Whether the holder of `adminToken` may list every board. */
  mayListBoards(adminToken: string | null | undefined): boolean {
    return this.options.mode === 'open' || this.isAdmin(adminToken)
  }

  /** Whether the holder of `adminToken` may create boards (and duplicate them). */
  mayCreateBoards(adminToken: string | null | undefined): boolean {
    switch (this.options.create) {
      case 'open':
        return true
      case 'admin':
        return this.isAdmin(adminToken)
      default: {
        const unreachable: never = this.options.create
        throw new Error(`unknown create mode ${String(unreachable)}`)
      }
    }
  }

  /** Creates a share link; `expiresAt` (ms) must already be checked to lie in the future. */
  async createLink(boardId: string, role: Role, expiresAt: number | null): Promise<LinkView> {
    const link: ShareLink = {
      id: createId(),
      boardId,
      role,
      createdAt: this.now(),
      expiresAt,
      revokedAt: null,
    }
    await this.options.links.create(link)
    return this.view(link)
  }

  /**
   * Gives the creator of a new board (created or duplicated) a facilitator link that does not
   * expire, and returns the board with its role and token, as the create response carries it.
   */
  async issueCreatorLink<B extends object>(
    board: B & { id: string },
  ): Promise<B & { role: 'facilitator'; token: string }> {
    const link = await this.createLink(board.id, 'facilitator', null)
    return { ...board, role: 'facilitator', token: link.token! }
  }

  /** A board's links, oldest first, with tokens for the active ones. */
  async listLinks(boardId: string): Promise<LinkView[]> {
    return (await this.options.links.list(boardId)).map((link) => this.view(link))
  }

  /**
   * Revokes a link of `boardId` and has its live connections closed. `not_found` for a link
   * of another board (a facilitator of one board cannot revoke another's links).
   */
  async revokeLink(boardId: string, linkId: string): Promise<'revoked' | 'not_found'> {
    const link = await this.options.links.get(linkId)
    if (!link || link.boardId !== boardId) return 'not_found'
    await this.options.links.revoke(linkId, this.now())
    this.onRevoked?.(linkId)
    return 'revoked'
  }

  /** Removes every link of a deleted board. */
  async forgetBoard(boardId: string): Promise<void> {
    await this.options.links.deleteBoardLinks(boardId)
  }

  private view(link: ShareLink): LinkView {
    const active =
      link.revokedAt === null && (link.expiresAt === null || link.expiresAt > this.now())
    return {
      id: link.id,
      role: link.role,
      createdAt: new Date(link.createdAt).toISOString(),
      expiresAt: link.expiresAt === null ? null : new Date(link.expiresAt).toISOString(),
      revokedAt: link.revokedAt === null ? null : new Date(link.revokedAt).toISOString(),
      token: active
        ? this.options.signer.sign({
            boardId: link.boardId,
            linkId: link.id,
            role: link.role,
            expiresAt: link.expiresAt,
          })
        : null,
    }
  }
}

/** Fixed-length digest, so comparing tokens of different lengths leaks nothing either. */
function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}
