import {
  DANGER_SIGNALS,
  type DangerSignalState,
  type EntityKind,
  type FieldSpec,
  SIGNAL_NOTE_MAX,
  entitySpecs,
  isValidId,
  validateField,
} from '@samkart/model'
import {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportError,
  type ImportResult,
  type ParseOptions,
  decodeText,
  refuse,
} from '../ImportResult'
import { checkVoteResults } from '../votes/VoteResult'
import {
  BOARD_FILE_FORMAT,
  BOARD_FILE_MIGRATIONS,
  BOARD_FILE_VERSION,
  type BoardFile,
  type BoardFileContent,
  type BoardFileMigration,
} from './BoardFile'
import { DEFAULT_MAX_JSON_DEPTH, exceedsJsonDepth } from './jsonDepth'

const LISTS = [
  ['actors', 'actor'],
  ['personas', 'persona'],
  ['infoItems', 'infoItem'],
  ['relations', 'relation'],
  ['journeys', 'journey'],
  ['phases', 'phase'],
  ['touchpoints', 'touchpoint'],
  ['lanes', 'lane'],
  ['laneItems', 'laneItem'],
  ['comments', 'comment'],
  ['notes', 'note'],
] as const satisfies readonly (readonly [keyof BoardFileContent, EntityKind])[]

/** Longest `template` label accepted; template ids are short slugs. */
const TEMPLATE_MAX = 100

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads a board file: text, UTF-8 bytes, or an already parsed JSON value (the server's request
 * body). Checks size, nesting depth (before parsing), JSON, `format` and `version`, migrates
 * older versions, counts each kind of entity against `maxEntities`, and checks the shape of
 * every entity: known fields only, each valid for its spec, missing fields filled with
 * defaults. References and cross-entity rules are checked by `importBoardFile`.
 */
export function parseBoardFile(
  input: unknown,
  options: ParseOptions = {},
): ImportResult<BoardFile> {
  return parseBoardFileWith(input, options, BOARD_FILE_MIGRATIONS, BOARD_FILE_VERSION)
}

/** {@link parseBoardFile} with the migrations and current version as parameters (for tests). */
export function parseBoardFileWith(
  input: unknown,
  options: ParseOptions,
  migrations: readonly BoardFileMigration[],
  current: number,
): ImportResult<BoardFile> {
  let value: unknown = input
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const text = decodeText(input, options.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES)
    if (!text.ok) return text
    if (text.value.trim() === '') return refuse('empty', 'the file is empty')
    if (exceedsJsonDepth(text.value, DEFAULT_MAX_JSON_DEPTH)) return tooDeep()
    try {
      value = JSON.parse(text.value)
    } catch (err) {
      return refuse('invalid_json', `the file is not valid JSON: ${(err as Error).message}`)
    }
  }
  if (!isObject(value) || value.format !== BOARD_FILE_FORMAT)
    return refuse(
      'not_board_file',
      `not a Samkart board file (format must be "${BOARD_FILE_FORMAT}")`,
    )
  const version = value.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('unsupported_version', `unknown board file version ${JSON.stringify(version)}`, {
      params: { version: String(version) },
    })
  if (version > current)
    return refuse(
      'future_version',
      `the file is version ${version}, made by a newer Samkart; this one reads up to version ${current}`,
      { params: { version, current } },
    )
  let file: Record<string, unknown> = value
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step)
      return refuse('unsupported_version', `no migration from board file version ${v}`, {
        params: { version },
      })
    try {
      file = step.up(file)
    } catch (err) {
      return refuse(
        'invalid_board',
        `migration from version ${v} failed: ${(err as Error).message}`,
      )
    }
  }
  return checkContent(file, current, options.maxEntities ?? Infinity)
}

/** The `too_deep` refusal: JSON nested deeper than {@link DEFAULT_MAX_JSON_DEPTH}. */
export function tooDeep(): { ok: false; error: ImportError } {
  return {
    ok: false,
    error: {
      code: 'too_deep',
      message: `the file nests deeper than ${DEFAULT_MAX_JSON_DEPTH} levels; a board file never does`,
      params: { max: DEFAULT_MAX_JSON_DEPTH },
    },
  }
}

function invalid<T = never>(path: string, message: string): ImportResult<T> {
  return refuse('invalid_board', `${path}: ${message}`, { path })
}

function checkContent(
  file: Record<string, unknown>,
  version: number,
  maxEntities: number,
): ImportResult<BoardFile> {
  const board = file.board
  if (!isObject(board)) return invalid('board', 'must be an object')
  const text = (key: string) =>
    typeof board[key] === 'string' ? (board[key] as string) : undefined
  for (const key of ['title', 'createdAt', 'template'])
    if (board[key] !== undefined && text(key) === undefined)
      return invalid(`board.${key}`, 'must be text')
  // The template is only a label (where the board came from), but it is stored: keep it short.
  if ((text('template') ?? '').length > TEMPLATE_MAX)
    return invalid('board.template', `must be at most ${TEMPLATE_MAX} characters`)
  const content: Record<string, unknown> = {
    title: text('title') ?? '',
    createdAt: text('createdAt') ?? '',
    template: text('template') ?? '',
  }
  // Counted before anything is checked: a board past the limit is refused at once.
  for (const [list] of LISTS) {
    const count = Array.isArray(board[list]) ? (board[list] as unknown[]).length : 0
    if (count > maxEntities)
      return refuse(
        'too_many_entities',
        `board.${list} has ${count}; the limit is ${maxEntities}`,
        {
          path: `board.${list}`,
          params: { list, count, max: maxEntities },
        },
      )
  }
  for (const [list, kind] of LISTS) {
    const raw = board[list] ?? []
    if (!Array.isArray(raw)) return invalid(`board.${list}`, 'must be a list')
    const ids = new Set<string>()
    const out: unknown[] = []
    for (const [i, entity] of raw.entries()) {
      const checked = checkEntity(kind, entity, `board.${list}[${i}]`)
      if (!checked.ok) return checked
      if (ids.has(checked.value.id))
        return invalid(`board.${list}[${i}].id`, `${checked.value.id} is used twice`)
      ids.add(checked.value.id)
      out.push(checked.value)
    }
    content[list] = out
  }
  const signals = checkSignals(board.dangerSignals)
  if (!signals.ok) return signals
  content.dangerSignals = signals.value
  const votes = checkVoteResults(board.votes)
  if (!votes.ok) return invalid(votes.path, votes.message)
  if (votes.value.length > 0) content.votes = votes.value
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : ''
  return {
    ok: true,
    value: {
      format: BOARD_FILE_FORMAT,
      version: version as typeof BOARD_FILE_VERSION,
      exportedAt,
      board: content as unknown as BoardFileContent,
    },
  }
}

/**
 * One entity: an object with a valid id and only the kind's fields, each valid for its spec on
 * its own (references only need to look like ids here). Missing fields take their defaults, as
 * when reading a stored document.
 */
function checkEntity(
  kind: EntityKind,
  entity: unknown,
  path: string,
): ImportResult<{ id: string } & Record<string, unknown>> {
  if (!isObject(entity)) return invalid(path, 'must be an object')
  if (!isValidId(entity.id)) return invalid(`${path}.id`, 'must be an id')
  const spec = entitySpecs[kind]
  const fields = spec.fields as Record<string, FieldSpec>
  const out: Record<string, unknown> = { id: entity.id }
  for (const [field, value] of Object.entries(entity)) {
    if (field === 'id') continue
    const fieldSpec = fields[field]
    if (!fieldSpec) return invalid(`${path}.${field}`, `${kind} has no field ${field}`)
    const error = validateField(kind, field, fieldSpec, value)
    if (error)
      return refuse('invalid_board', `${path}.${field}: ${error.message}`, {
        path: `${path}.${field}`,
        cause: error,
      })
  }
  for (const field of Object.keys(fields))
    out[field] =
      entity[field] !== undefined
        ? entity[field]
        : structuredClone((spec.defaults as Record<string, unknown>)[field])
  return { ok: true, value: out as { id: string } & Record<string, unknown> }
}

/** The danger-signal checklist: known signals, a boolean and a note each; absent ones unticked. */
function checkSignals(raw: unknown): ImportResult<DangerSignalState[]> {
  if (raw === undefined) raw = []
  if (!Array.isArray(raw)) return invalid('board.dangerSignals', 'must be a list')
  const bySignal = new Map<string, DangerSignalState>()
  for (const [i, entry] of raw.entries()) {
    const path = `board.dangerSignals[${i}]`
    if (!isObject(entry)) return invalid(path, 'must be an object')
    if (!DANGER_SIGNALS.includes(entry.signal as DangerSignalState['signal']))
      return invalid(`${path}.signal`, `unknown signal ${JSON.stringify(entry.signal)}`)
    if (typeof entry.present !== 'boolean')
      return invalid(`${path}.present`, 'must be true or false')
    const note = entry.note ?? ''
    if (typeof note !== 'string' || note.length > SIGNAL_NOTE_MAX)
      return invalid(`${path}.note`, `must be text of at most ${SIGNAL_NOTE_MAX} characters`)
    bySignal.set(entry.signal as string, {
      signal: entry.signal as DangerSignalState['signal'],
      present: entry.present,
      note,
    })
  }
  return {
    ok: true,
    value: DANGER_SIGNALS.map(
      (signal) => bySignal.get(signal) ?? { signal, present: false, note: '' },
    ),
  }
}
