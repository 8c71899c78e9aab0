import { createReadStream } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { constants, createGunzip, gunzipSync } from 'node:zlib'
import type { RegistryRecord } from '@samkart/model'
import Papa from 'papaparse'

/** Why a register file cannot be read. */
export class RegistryFileError extends Error {}

/** A JSON download is parsed whole; bigger registers must come as CSV, which is streamed. */
export const REGISTRY_JSON_MAX_BYTES = 256 * 1024 * 1024

/** The columns a register file must have (Enhetsregisteret's own names). */
export const REQUIRED_COLUMNS = ['organisasjonsnummer', 'navn'] as const

type FileKind = 'json' | 'csv'

/**
 * Reads the records of an Enhetsregisteret file: the open download as CSV (streamed, so the
 * whole register fits) or JSON (an array of units, or the search API's `{ _embedded: { enheter
 * } }`), either of them gzipped or not. Nested JSON objects become dotted keys, as in the
 * register's CSV (`organisasjonsform.kode`). Throws {@link RegistryFileError} with a reason a
 * person can act on when the file is not such a register.
 */
export async function* readRegistryFile(path: string): AsyncGenerator<RegistryRecord> {
  const { gzipped, kind } = await sniff(path)
  if (kind === 'json') {
    yield* jsonRecords(await readJson(path, gzipped))
    return
  }
  const raw = createReadStream(path)
  const input: Readable = gzipped ? raw.pipe(createGunzip()) : raw
  yield* csvRecords(input)
}

async function sniff(path: string): Promise<{ gzipped: boolean; kind: FileKind }> {
  const handle = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new RegistryFileError(`cannot open ${path}: ${err.code ?? err.message}`)
  })
  try {
    const head = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    if (bytesRead === 0) throw new RegistryFileError('the file is empty')
    let start = head.subarray(0, bytesRead)
    const gzipped = start[0] === 0x1f && start[1] === 0x8b
    if (gzipped) {
      // The first 4 KiB of a gzip stream unpack on their own (a sync flush accepts the cut).
      try {
        start = gunzipSync(start, { finishFlush: constants.Z_SYNC_FLUSH })
      } catch {
        throw new RegistryFileError('the file looks gzipped but cannot be unpacked')
      }
    }
    const text = start
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
    return { gzipped, kind: text.startsWith('[') || text.startsWith('{') ? 'json' : 'csv' }
  } finally {
    await handle.close()
  }
}

async function readJson(path: string, gzipped: boolean): Promise<unknown> {
  const bytes = await readFile(path)
  const text = gzipped
    ? gunzipSync(bytes, { maxOutputLength: REGISTRY_JSON_MAX_BYTES })
    : bytes.length > REGISTRY_JSON_MAX_BYTES
      ? null
      : bytes
  if (!text)
    throw new RegistryFileError(
      `a JSON register may be at most ${REGISTRY_JSON_MAX_BYTES / 1024 / 1024} MiB; use the CSV download for the whole register`,
    )
  try {
    return JSON.parse(text.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new RegistryFileError(`the file is not valid JSON: ${(err as Error).message}`)
  }
}

function* jsonRecords(value: unknown): Generator<RegistryRecord> {
  const embedded = (value as { _embedded?: { enheter?: unknown } } | null)?._embedded?.enheter
  const units = Array.isArray(value) ? value : embedded
  if (!Array.isArray(units))
    throw new RegistryFileError(
      'the JSON is not a list of units from Enhetsregisteret (an array, or { "_embedded": { "enheter": [...] } })',
    )
  let checked = false
  for (const unit of units) {
    if (typeof unit !== 'object' || unit === null || Array.isArray(unit)) continue
    const record = flatten(unit as Record<string, unknown>)
    if (!checked) {
      requireColumns(Object.keys(record))
      checked = true
    }
    yield record
  }
}

/** One level of nesting is all the register uses for the fields Samkart reads. */
function flatten(unit: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(unit)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = String(value)
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const [inner, leaf] of Object.entries(value))
        if (typeof leaf === 'string' || typeof leaf === 'number')
          out[`${key}.${inner}`] = String(leaf)
  }
  return out
}

function requireColumns(columns: readonly string[]): void {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length)
    throw new RegistryFileError(
      `the file has no ${missing.map((c) => `«${c}»`).join(' or ')} column; is it a download from Enhetsregisteret?`,
    )
}

async function* csvRecords(input: Readable): AsyncGenerator<RegistryRecord> {
  const rows = input.pipe(
    Papa.parse(Papa.NODE_STREAM_INPUT, {
      header: true,
      delimitersToGuess: [',', ';', '\t'],
      skipEmptyLines: true,
      transformHeader: (h) => h.replace(/^\uFEFF/, '').trim(),
    }),
  ) as AsyncIterable<Record<string, string>>
  let checked = false
  try {
    for await (const row of rows) {
      if (!checked) {
        requireColumns(Object.keys(row))
        checked = true
      }
      yield row
    }
  } catch (err) {
    if (err instanceof RegistryFileError) throw err
    throw new RegistryFileError(`the file cannot be read: ${(err as Error).message}`)
  }
}
