import type { ShareLink } from '../api/linksApi'

/** Whether a share link still opens the board, and if not, why. */
export type LinkStatus = 'active' | 'revoked' | 'expired'

/** The link's status at `now`: revoked wins over expired (it is what someone did). */
export function linkStatus(
  link: Pick<ShareLink, 'expiresAt' | 'revokedAt'>,
  now: Date,
): LinkStatus {
  if (link.revokedAt !== null) return 'revoked'
  if (link.expiresAt !== null && Date.parse(link.expiresAt) <= now.getTime()) return 'expired'
  return 'active'
}
