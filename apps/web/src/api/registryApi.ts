import {
  ACTOR_KINDS,
  ACTOR_LEVELS,
  REGISTRY_QUERY_MAX,
  type RegistryEntry,
  isValidOrgNumber,
} from '@samkart/model'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** One entry of `GET /api/registry`, or `null` if it is not one (an old or foreign server). */
export function parseRegistryEntry(value: unknown): RegistryEntry | null {
  if (!isRecord(value)) return null
  const { orgNumber, name, form, parent, level, kind } = value
  if (typeof orgNumber !== 'string' || !isValidOrgNumber(orgNumber)) return null
  if (typeof name !== 'string' || !name) return null
  if (!ACTOR_LEVELS.includes(level as never) || !ACTOR_KINDS.includes(kind as never)) return null
  return {
    orgNumber,
    name,
    form: typeof form === 'string' ? form : '',
    parent: typeof parent === 'string' ? parent : '',
    level: level as RegistryEntry['level'],
    kind: kind as RegistryEntry['kind'],
  }
}

/**
 * Asks the server's copy of Enhetsregisteret for organisations matching what is typed in «Legg
 * til aktør». A server without a register answers with none; a failed request rejects, and the
 * field then simply suggests nothing.
 */
export async function findOrganisations(
  query: string,
  signal: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<RegistryEntry[]> {
  const q = query.trim().slice(0, REGISTRY_QUERY_MAX)
  const res = await fetchImpl(`/api/registry?q=${encodeURIComponent(q)}`, { signal })
  if (!res.ok) throw new Error(`registry search: ${res.status}`)
  const body: unknown = await res.json()
  const entries = isRecord(body) && Array.isArray(body.entries) ? body.entries : []
  return entries.map(parseRegistryEntry).filter((e): e is RegistryEntry => e !== null)
}
