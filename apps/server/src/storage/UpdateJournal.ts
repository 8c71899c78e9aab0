import {
  closeSync,
  fdatasyncSync,
  ftruncateSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'

import type { BoardUpdate } from './Storage'

/** What {@link UpdateJournal.read} found in a journal folder. */
export interface JournalContents {
  /** Every intact record, oldest first. */
  entries: BoardUpdate[]
  /** The segment files read, oldest first (to remove once their entries are stored). */
  segments: string[]
  /** Bytes at the end of segments that did not form a whole, intact record. */
  ignoredBytes: number
}

/** Options for {@link UpdateJournal.open}. */
export interface UpdateJournalOptions {
  /** `full`: fdatasync after every record (survives power loss); `normal`: the OS has it. */
  sync?: 'full' | 'normal'
  /** A segment that reaches this size is sealed and a new one started. */
  segmentBytes?: number
}

const SEGMENT = /^(\d{8})\.journal$/
const HEADER_BYTES = 8 // u32 body length, u32 CRC-32 of the body
const MAX_ID_BYTES = 255
const DEFAULT_SEGMENT_BYTES = 4 * 1024 * 1024

/**
 * An append-only file of updates in front of the board store: appending one costs one
 * `write()` (measured ≈1.5 µs alone, where a SQLite WAL commit costs ≈12 µs with its locks),
 * which is what lets the server store an update before relaying it without doubling latency.
 * `JournaledStorage` moves the records into the store in batches; once they are there it
 * empties the current segment ({@link UpdateJournal.clear}) or, while edits keep coming,
 * removes segments sealed when they grew full ({@link UpdateJournal.release}).
 *
 * Format, per segment file `<8-digit number>.journal`, records back to back:
 * `u32le bodyLength, u32le crc32(body), body`, body = `u8 idLength, id (UTF-8), update`.
 * A record that runs past the end of its file or fails its checksum ends that segment when
 * reading: it can only be the last one written before a crash or power loss, which no client
 * was ever sent (the server relays only after `append` returns).
 */
export class UpdateJournal {
  private fd: number | null = null
  private current = ''
  private currentBytes = 0
  /** Segments sealed (full, or after a failed write) whose records may not be stored yet. */
  private sealedPaths: string[] = []
  private readonly sync: 'full' | 'normal'
  private readonly segmentBytes: number

  private constructor(
    private readonly dir: string,
    private nextNumber: number,
    options: UpdateJournalOptions,
  ) {
    this.sync = options.sync ?? 'normal'
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES
  }

  /**
   * Starts a new segment in `dir` (created if needed), numbered after any segments already
   * there; those are left alone for the caller to {@link UpdateJournal.read} and replay.
   */
  static open(dir: string, options: UpdateJournalOptions = {}): UpdateJournal {
    mkdirSync(dir, { recursive: true })
    const numbers = segmentNames(dir).map((name) => Number(SEGMENT.exec(name)![1]))
    const journal = new UpdateJournal(dir, Math.max(0, ...numbers) + 1, options)
    journal.startSegment()
    return journal
  }

  /**
   * The updates of board `boardId` in the journal in `dir`, oldest first, read without
   * changing anything (beside a running server: the headless export, tests).
   */
  static updatesOf(dir: string, boardId: string): Uint8Array[] {
    return UpdateJournal.read(dir)
      .entries.filter((entry) => entry.boardId === boardId)
      .map((entry) => entry.update)
  }

  /** Reads every segment in `dir` (none if it does not exist) without changing anything. */
  static read(dir: string): JournalContents {
    const contents: JournalContents = { entries: [], segments: [], ignoredBytes: 0 }
    for (const name of segmentNames(dir)) {
      const path = join(dir, name)
      let bytes: Buffer
      try {
        bytes = readFileSync(path)
      } catch {
        continue // removed meanwhile by the server that owns it: its records are stored
      }
      contents.segments.push(path)
      contents.ignoredBytes += decodeRecords(bytes, contents.entries)
    }
    return contents
  }

  /**
   * Appends one record; when this returns it is in the file (and on the disk, with
   * `sync: 'full'`). Throws if the write fails; the segment is then sealed and the next append
   * starts a fresh one, so that a half-written record can only ever be the last of its file.
   */
  append(boardId: string, update: Uint8Array): void {
    const id = Buffer.from(boardId, 'utf8')
    if (id.length > MAX_ID_BYTES) throw new Error('board id too long for the journal')
    const record = Buffer.allocUnsafe(HEADER_BYTES + 1 + id.length + update.length)
    record[HEADER_BYTES] = id.length
    id.copy(record, HEADER_BYTES + 1)
    record.set(update, HEADER_BYTES + 1 + id.length)
    const body = record.subarray(HEADER_BYTES)
    record.writeUInt32LE(body.length, 0)
    record.writeUInt32LE(crc32(body), 4)
    if (this.fd !== null && this.currentBytes >= this.segmentBytes) this.seal()
    if (this.fd === null) this.startSegment()
    try {
      for (let done = 0; done < record.length;)
        done += writeSync(this.fd!, record, done, record.length - done)
      if (this.sync === 'full') fdatasyncSync(this.fd!)
    } catch (err) {
      this.seal()
      throw err
    }
    this.currentBytes += record.length
  }

  /** Segments sealed so far and not yet released, oldest first; records appended earlier. */
  sealed(): string[] {
    return [...this.sealedPaths]
  }

  /** Removes sealed segments, once every record in them is stored elsewhere. */
  release(segments: readonly string[]): void {
    for (const path of segments) {
      unlinkSync(path)
      this.sealedPaths = this.sealedPaths.filter((p) => p !== path)
    }
  }

  /**
   * Empties the current segment and removes the sealed ones: every record appended so far is
   * stored elsewhere. Cheaper than starting a new file (one `ftruncate`; creating and
   * removing a file measured ≈0.4 ms here), and appending continues in the same file.
   */
  clear(): void {
    this.release(this.sealed())
    if (this.fd === null || this.currentBytes === 0) return
    ftruncateSync(this.fd, 0) // opened for appending: the next write goes to the new end
    this.currentBytes = 0
  }

  /** Closes the file, keeping every segment for the next start to replay. */
  close(): void {
    if (this.fd === null) return
    closeSync(this.fd)
    this.fd = null
  }

  /** Closes the file and removes every segment: all records are stored elsewhere. */
  remove(): void {
    const current = this.fd === null ? null : this.current
    this.close()
    this.release(this.sealed())
    if (current) unlinkSync(current)
  }

  private startSegment(): void {
    const path = join(this.dir, `${String(this.nextNumber++).padStart(8, '0')}.journal`)
    this.fd = openSync(path, 'a')
    this.current = path
    this.currentBytes = 0
    if (this.sync === 'full') syncFolder(this.dir) // the new file's name must survive too
  }

  private seal(): void {
    if (this.fd === null) return
    closeSync(this.fd)
    this.fd = null
    this.sealedPaths.push(this.current)
  }
}

/** Decodes records into `into` up to the first damaged one; returns the bytes left over. */
function decodeRecords(bytes: Buffer, into: BoardUpdate[]): number {
  let offset = 0
  while (offset + HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(offset)
    const end = offset + HEADER_BYTES + length
    if (length < 1 || end > bytes.length) break
    const body = bytes.subarray(offset + HEADER_BYTES, end)
    if (crc32(body) !== bytes.readUInt32LE(offset + 4)) break
    const idLength = body[0]!
    if (1 + idLength > body.length) break
    into.push({
      boardId: body.toString('utf8', 1, 1 + idLength),
      // A copy: `bytes` is one buffer per segment, which every entry would otherwise keep.
      update: new Uint8Array(body.subarray(1 + idLength)),
    })
    offset = end
  }
  return bytes.length - offset
}

function segmentNames(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.filter((name) => SEGMENT.test(name)).sort()
}

function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
