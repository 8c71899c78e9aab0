import { type ActorKind, type ActorLevel, NAME_MAX } from '../entities/Actor'
import { isValidOrgNumber } from '../orgNumber'

/**
 * One organisation from Enhetsregisteret (the Central Coordinating Register for Legal
 * Entities), as Samkart keeps it for «Legg til aktør»: enough to fill an actor's name,
 * organisation number, level and kind. This is also the shape `GET /api/registry` answers with.
 */
export interface RegistryEntry {
  /** Nine digits, valid by the register's mod-11 rule. */
  orgNumber: string
  /** Written as people write it («Arbeids- og velferdsdirektoratet»), not the register's capitals. */
  name: string
  /** The register's organisation form code: ORGL, KOMM, FYLK, STAT, HF, FLI … (`''` unknown). */
  form: string
  /** The organisation number of the parent unit (overordnet enhet), or `''`. */
  parent: string
  level: ActorLevel
  kind: ActorKind
}

/** `GET /api/registry?q=…`: the best matches, best first. */
export interface RegistrySearchResponse {
  entries: RegistryEntry[]
  /** How many organisations the server holds; 0 when no operator has imported the register. */
  size: number
}

/** The most matches `GET /api/registry` returns. */
export const REGISTRY_SEARCH_LIMIT = 8
/** The longest query `GET /api/registry` accepts, in characters. */
export const REGISTRY_QUERY_MAX = 100

/**
 * Organisation forms of public bodies (offentlig forvaltning and its enterprises), the default
 * selection of `samkart registry import`: ministries and agencies (STAT, ORGL), state
 * enterprises (SF), municipalities and county councils and their enterprises (KOMM, FYLK, KF,
 * FKF, IKS), and the health trusts (HF, RHF).
 */
export const PUBLIC_FORMS: ReadonlySet<string> = new Set([
  'STAT',
  'ORGL',
  'SF',
  'KOMM',
  'FYLK',
  'KF',
  'FKF',
  'IKS',
  'HF',
  'RHF',
])

/** Institutional sector codes of general government (6100 state, 6500 local), from SSB's standard. */
const PUBLIC_SECTORS = /^(61|65)\d\d$/

/** Whether the register counts a unit as a public body, by its form or its sector code. */
export function isPublicBody(form: string, sector = ''): boolean {
  return PUBLIC_FORMS.has(form) || PUBLIC_SECTORS.test(sector)
}

function levelOf(form: string): ActorLevel {
  switch (form) {
    case 'STAT':
    case 'ORGL':
    case 'SF':
      return 'stat'
    case 'KOMM':
    case 'KF':
    case 'IKS':
      return 'kommune'
    case 'FYLK':
    case 'FKF':
      return 'fylke'
    case 'HF':
    case 'RHF':
      return 'helseforetak'
    case 'FLI':
    case 'STI':
      return 'frivillig'
    case 'AS':
    case 'ASA':
    case 'ENK':
    case 'ANS':
    case 'DA':
    case 'SA':
      return 'privat'
    default:
      return 'annet'
  }
}

function kindOf(form: string, name: string): ActorKind {
  if (form === 'KOMM') return 'kommune'
  if (form === 'STAT' || form === 'ORGL') {
    // The register has one form for every state body; its name tells a ministry from an agency.
    if (/departementet$/i.test(name)) return 'departement'
    if (/direktorat/i.test(name)) return 'direktorat'
    return 'etat'
  }
  if (form === 'HF' || form === 'RHF' || form === 'KF' || form === 'SF') return 'tjeneste'
  return 'annet'
}

/** Abbreviations the register writes in capitals and people do too. */
const KEEP_UPPER = new Set([
  'AS',
  'ASA',
  'HF',
  'RHF',
  'IKS',
  'KF',
  'SF',
  'NAV',
  'IKT',
  'PPT',
  'BUP',
  'DSB',
  'NVE',
  'SSB',
  'KS',
])
/** Small words that stay lower case inside a name. */
const KEEP_LOWER = new Set(['og', 'i', 'for', 'av', 'på', 'til', 'med', 'under', 'ved', 'fra'])

/**
 * The register writes names in capitals («ARBEIDS- OG VELFERDSDIREKTORATET»); a card should read
 * «Arbeids- og velferdsdirektoratet». Sentence case, keeping known abbreviations in capitals and
 * capitalising each part of a hyphenated place name («Helse Sør-Øst RHF» would need a gazetteer,
 * so it becomes «Helse sør-øst RHF»; the user can edit the name). Names already in mixed case are
 * kept as written.
 */
export function registryDisplayName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim()
  if (name !== name.toLocaleUpperCase('nb')) return name
  return name
    .split(' ')
    .map((word, index) => {
      if (KEEP_UPPER.has(word)) return word
      const lower = word.toLocaleLowerCase('nb')
      if (index > 0 && KEEP_LOWER.has(lower)) return lower
      return index === 0 ? lower.charAt(0).toLocaleUpperCase('nb') + lower.slice(1) : lower
    })
    .join(' ')
}

/**
 * One record of an Enhetsregisteret download (JSON object or CSV row), flattened: nested objects
 * become dotted keys, as the register's own CSV names its columns
 * (`organisasjonsform.kode`, `institusjonellSektorkode.kode`).
 */
export type RegistryRecord = Readonly<Record<string, string | undefined>>

/** Why a record was not taken. */
export type RegistrySkip = 'invalid_org_number' | 'no_name' | 'not_public'

/**
 * Turns one register record into a {@link RegistryEntry}, or says why it was skipped. With
 * `publicOnly`, units that are not public bodies are skipped (a record without a form or sector
 * is kept: a hand-made list of agencies is public by choice).
 */
export function registryEntryFrom(
  record: RegistryRecord,
  publicOnly: boolean,
): RegistryEntry | RegistrySkip {
  const orgNumber = (record.organisasjonsnummer ?? '').replace(/\s/g, '')
  if (!isValidOrgNumber(orgNumber)) return 'invalid_org_number'
  const rawName = record.navn ?? ''
  if (!rawName.trim()) return 'no_name'
  const form = (record['organisasjonsform.kode'] ?? record.organisasjonsform ?? '').trim()
  const sector = (
    record['institusjonellSektorkode.kode'] ??
    record.institusjonellSektorkode ??
    ''
  ).trim()
  if (publicOnly && (form || sector) && !isPublicBody(form, sector)) return 'not_public'
  const name = registryDisplayName(rawName).slice(0, NAME_MAX)
  const parent = (record.overordnetEnhet ?? '').replace(/\s/g, '')
  return {
    orgNumber,
    name,
    form,
    parent: isValidOrgNumber(parent) ? parent : '',
    level: levelOf(form),
    kind: kindOf(form, name),
  }
}
