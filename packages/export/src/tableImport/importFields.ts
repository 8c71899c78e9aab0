import { type MessageKey, en, nb } from '@samkart/i18n'
import type { ParsedTable } from './ParsedTable'

/** What a table import creates. */
export type ImportTarget = 'actors' | 'touchpoints'

/** The fields an actor import can fill. */
export type ActorImportField =
  | 'name'
  | 'shortName'
  | 'orgNumber'
  | 'level'
  | 'kind'
  | 'strategy'
  | 'importance'
  | 'substitutability'
  | 'interest'
  | 'influence'
  | 'trust'
  | 'involvement'
  | 'notes'

/** The fields a touchpoint import can fill. `responsible` matches actors by name or orgnr. */
export type TouchpointImportField =
  | 'phase'
  | 'title'
  | 'description'
  | 'action'
  | 'channel'
  | 'emotion'
  | 'need'
  | 'painPoint'
  | 'painType'
  | 'legalBasis'
  | 'backstage'
  | 'responsible'
  | 'responsibleOrgNumbers'

/** Any importable field. */
export type ImportField = ActorImportField | TouchpointImportField

/** One importable field: whether it is required and its localised column name. */
export interface ImportFieldSpec {
  field: ImportField
  required: boolean
  /** Message key of the column name (the header the exporter writes). */
  label: MessageKey
}

const ACTOR_FIELDS: readonly ActorImportField[] = [
  'name',
  'shortName',
  'orgNumber',
  'level',
  'kind',
  'strategy',
  'importance',
  'substitutability',
  'interest',
  'influence',
  'trust',
  'involvement',
  'notes',
]
const TOUCHPOINT_FIELDS: readonly TouchpointImportField[] = [
  'phase',
  'title',
  'description',
  'action',
  'channel',
  'emotion',
  'need',
  'painPoint',
  'painType',
  'legalBasis',
  'backstage',
  'responsible',
  'responsibleOrgNumbers',
]
const REQUIRED = new Set<ImportField>(['name', 'phase', 'title'])

const specs = (target: ImportTarget): ImportFieldSpec[] => {
  const entity = target === 'actors' ? 'actor' : 'touchpoint'
  const fields = target === 'actors' ? ACTOR_FIELDS : TOUCHPOINT_FIELDS
  return fields.map((field) => ({
    field,
    required: REQUIRED.has(field),
    label: `report.column.${entity}.${field}` as MessageKey,
  }))
}
const SPECS: Record<ImportTarget, readonly ImportFieldSpec[]> = {
  actors: specs('actors'),
  touchpoints: specs('touchpoints'),
}

/** The fields a target accepts, required ones first. */
export function importFields(target: ImportTarget): readonly ImportFieldSpec[] {
  return [...SPECS[target]].sort((a, b) => Number(b.required) - Number(a.required))
}

/** Which column (0-based index into `ParsedTable.columns`) feeds which field. */
export type ColumnMapping = Partial<Record<ImportField, number>>

/**
 * Text compared without case, spaces, punctuation or a «(%)» suffix, so «Org.nr.», «orgnr» and
 * «Org nr» are the same header, and «Viktighet (%)» is «viktighet».
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.,:;()[\]%/\\'"«»]+/g, '')
}

/** Other names people give these columns, beyond Samkart's own headers and the field keys. */
const SYNONYMS: Partial<Record<ImportField, readonly string[]>> = {
  name: ['navn', 'aktør', 'aktor', 'actor', 'virksomhet', 'organisasjon', 'organisation', 'agency'],
  shortName: ['kortnavn', 'forkortelse', 'abbreviation', 'short'],
  orgNumber: ['orgnr', 'orgnummer', 'organisasjonsnr', 'orgno', 'organisationnumber'],
  level: ['nivå', 'forvaltningsnivå', 'sektor'],
  kind: ['type', 'aktørtype', 'actortype'],
  importance: ['viktighet'],
  substitutability: ['erstatningsmulighet', 'erstattbarhet'],
  notes: ['notat', 'merknad', 'kommentar', 'comment', 'note'],
  phase: ['fase', 'phase', 'steg', 'step'],
  title: ['tittel', 'title', 'kontaktpunkt', 'touchpoint', 'navn', 'name'],
  responsible: ['ansvarlig', 'ansvarlige', 'responsible', 'ansvarligvirksomhet', 'owner', 'owners'],
  responsibleOrgNumbers: ['ansvarligorgnr', 'ansvarligesorgnr', 'responsibleorgnumbers'],
  legalBasis: ['hjemmel', 'lovhjemmel', 'legal', 'law'],
  emotion: ['følelse', 'feeling'],
  painPoint: ['smertepunkt', 'painpoint', 'pain'],
  channel: ['kanal', 'channel'],
}

/**
 * Guesses the mapping from the header names: the column names Samkart exports in bokmål and
 * English, field keys, and common synonyms, compared by {@link normaliseLabel}. Each column
 * feeds at most one field; the first matching column wins.
 */
export function suggestMapping(table: ParsedTable, target: ImportTarget): ColumnMapping {
  const headers = table.columns.map(normaliseLabel)
  const used = new Set<number>()
  const mapping: ColumnMapping = {}
  for (const spec of SPECS[target]) {
    const names = new Set(
      [nb[spec.label], en[spec.label], spec.field, ...(SYNONYMS[spec.field] ?? [])].map(
        normaliseLabel,
      ),
    )
    const column = headers.findIndex((h, i) => !used.has(i) && h !== '' && names.has(h))
    if (column >= 0) {
      mapping[spec.field] = column
      used.add(column)
    }
  }
  return mapping
}
