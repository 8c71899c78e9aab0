import type { BoardData } from '@samkart/export'
import type { Locale } from '@samkart/i18n'
import type { WorkerJob } from './exportJob'

/** What the page sends the export worker: one job, the board's data and the language. */
export interface WorkerRequest {
  job: WorkerJob
  board: BoardData
  locale: Locale
  /** The export's date (epoch ms), so the file name and the file agree. */
  now: number
}

/** What the worker sends back: progress, then the file or a failure. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'failed'; message: string }
