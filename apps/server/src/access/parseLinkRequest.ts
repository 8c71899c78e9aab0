import { type Result, fail, ok } from '@samkart/model'
import { ROLES, type Role, isRole } from './Role'

/** What a facilitator may ask for when creating a link. */
export interface LinkRequest {
  role: Role
  /** ms since the epoch, in the future; `null`: never expires. */
  expiresAt: number | null
}

/** The latest expiry accepted: ten years ahead is "never" in all but name. */
export const MAX_LINK_LIFETIME_MS = 10 * 365 * 24 * 60 * 60 * 1000

/** ISO 8601 as `Date.prototype.toISOString` writes it, or a bare date (midnight UTC). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

/**
 * Checks a request to create a link, `{ role, expiresAt? }`: the role must be one of
 * {@link ROLES}; `expiresAt`, if given and not `null`, an ISO 8601 time with a zone (or a bare
 * date) after `now` and at most ten years ahead. Errors use the model's codes, for entity
 * `link`, so the web app translates them like any other.
 */
export function parseLinkRequest(body: Record<string, unknown>, now: number): Result<LinkRequest> {
  const { role, expiresAt } = body
  if (!isRole(role))
    return fail({
      code: role === undefined ? 'required' : 'invalid_enum',
      entity: 'link',
      field: 'role',
      message: `link.role: must be one of ${ROLES.join(', ')}`,
      params: { allowed: ROLES.join(', ') },
    })
  if (expiresAt === undefined || expiresAt === null) return ok({ role, expiresAt: null })
  const at = typeof expiresAt === 'string' && ISO_DATE.test(expiresAt) ? Date.parse(expiresAt) : NaN
  if (!Number.isFinite(at))
    return fail({
      code: 'invalid_type',
      entity: 'link',
      field: 'expiresAt',
      message: 'link.expiresAt: must be an ISO 8601 time, e.g. 2030-01-31T12:00:00.000Z',
    })
  if (at <= now || at > now + MAX_LINK_LIFETIME_MS)
    return fail({
      code: 'out_of_range',
      entity: 'link',
      field: 'expiresAt',
      message: 'link.expiresAt: must lie in the future, at most ten years ahead',
      params: {
        min: new Date(now).toISOString(),
        max: new Date(now + MAX_LINK_LIFETIME_MS).toISOString(),
      },
    })
  return ok({ role, expiresAt: at })
}
