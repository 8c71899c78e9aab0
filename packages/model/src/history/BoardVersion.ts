/**
 * The version-history contract shared by the server (which stores and serves versions) and the
 * web app (which lists, opens, compares and restores them): one home, both import it.
 */

/** How a version came to be: a checkpoint the server took, one a person named, or a restore. */
export type VersionKind = 'auto' | 'named' | 'restore'

/** Every {@link VersionKind}, for parsing. */
export const VERSION_KINDS: readonly VersionKind[] = ['auto', 'named', 'restore']

/** Longest name of a named version, in characters. */
export const VERSION_NAME_MAX = 80

/** Who made a version: the role of the link used and, where known, the participant's name. */
export interface VersionAuthor {
  role: 'facilitator' | 'editor' | 'viewer'
  name?: string
}

/**
 * The short summary each version carries: what changed since the version before it (for the
 * first version, since an empty board). Counts only, so a list of 200 versions stays small.
 */
export interface VersionSummary {
  actorsAdded: number
  actorsRemoved: number
  /** Actors whose scores changed, whether or not their category did. */
  actorsMoved: number
  /** Actors whose category (viktig, moderat, lav) changed. */
  actorsRecategorised: number
  relationsAdded: number
  relationsRemoved: number
  touchpointsAdded: number
  touchpointsRemoved: number
  /** Touchpoints whose set of responsible actors changed. */
  ownerChanges: number
}

/** One stored version of a board, as `GET /api/boards/<id>/versions` lists it. */
export interface BoardVersion {
  id: string
  /** Present for named versions, and for restores (the restored version's name, if any). */
  name?: string
  kind: VersionKind
  /** ISO 8601. */
  createdAt: string
  by?: VersionAuthor
  /** For a restore: the version whose content was brought back. */
  restoredFrom?: string
  summary: VersionSummary
}

/** A summary of no change at all. */
export const EMPTY_SUMMARY: VersionSummary = {
  actorsAdded: 0,
  actorsRemoved: 0,
  actorsMoved: 0,
  actorsRecategorised: 0,
  relationsAdded: 0,
  relationsRemoved: 0,
  touchpointsAdded: 0,
  touchpointsRemoved: 0,
  ownerChanges: 0,
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0

/** Reads a summary, or `null` if any count is missing or not a whole number ≥ 0. */
export function parseVersionSummary(value: unknown): VersionSummary | null {
  if (!isRecord(value)) return null
  const summary = { ...EMPTY_SUMMARY }
  for (const key of Object.keys(EMPTY_SUMMARY) as (keyof VersionSummary)[]) {
    const count = value[key]
    if (!isCount(count)) return null
    summary[key] = count
  }
  return summary
}

/** Reads one version as the API sends it, or `null` if its shape is wrong. */
export function parseBoardVersion(value: unknown): BoardVersion | null {
  if (!isRecord(value)) return null
  const { id, name, kind, createdAt, by, restoredFrom } = value
  if (typeof id !== 'string' || typeof createdAt !== 'string') return null
  if (!VERSION_KINDS.includes(kind as VersionKind)) return null
  const summary = parseVersionSummary(value.summary)
  if (!summary) return null
  const version: BoardVersion = { id, kind: kind as VersionKind, createdAt, summary }
  if (typeof name === 'string') version.name = name
  if (typeof restoredFrom === 'string') version.restoredFrom = restoredFrom
  if (isRecord(by) && (by.role === 'facilitator' || by.role === 'editor' || by.role === 'viewer'))
    version.by = typeof by.name === 'string' ? { role: by.role, name: by.name } : { role: by.role }
  return version
}

/**
 * The problem with a version name, or `null` if it is fine: it must have something besides
 * white space and at most {@link VERSION_NAME_MAX} characters (after trimming).
 */
export function versionNameProblem(name: unknown): 'required' | 'too-long' | 'not-text' | null {
  if (typeof name !== 'string') return 'not-text'
  const trimmed = name.trim()
  if (trimmed === '') return 'required'
  if ([...trimmed].length > VERSION_NAME_MAX) return 'too-long'
  return null
}
