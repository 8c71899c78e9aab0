import type { Locale } from '@samkart/i18n'

/** The kinds of file the package writes. `png` bytes come from the caller (see exportPack). */
export type ExportFormat = 'pdf' | 'png' | 'svg' | 'json' | 'xlsx' | 'csv' | 'zip'

/** How far an export has come: `done` of `total` steps of `format` (pages for a PDF). */
export interface ExportProgress {
  format: ExportFormat
  done: number
  total: number
}

/** Options every export takes. */
export interface ExportOptions {
  /** Language of titles, legends, headings and column names. Default `nb`. */
  locale?: Locale
  /** The date printed on the files and `exportedAt`; default now. */
  now?: Date
  /**
   * Cancels a running export. Checked between steps (pages, sheets, files); the export then
   * rejects with {@link ExportCancelledError} and produces nothing.
   */
  signal?: AbortSignal
  /** Called after each step. Long exports also yield to the event loop between steps. */
  onProgress?: (progress: ExportProgress) => void
}

/** Thrown (as a rejection) by an export cancelled through its `signal`. */
export class ExportCancelledError extends Error {
  override readonly name = 'AbortError'
  constructor() {
    super('export cancelled')
  }
}

/**
 * Reports steps of one export and gives the browser a turn between them, so a progress bar can
 * repaint and a Cancel click can land while a long export runs on the main thread.
 */
export class ExportSteps {
  private done = 0
  private lastYield = performance.now()

  constructor(
    private readonly format: ExportFormat,
    private total: number,
    private readonly options: Pick<ExportOptions, 'signal' | 'onProgress'> = {},
  ) {}

  /** Throws {@link ExportCancelledError} if the export was cancelled. */
  check(): void {
    if (this.options.signal?.aborted) throw new ExportCancelledError()
  }

  /** Changes the number of steps once it is known (a PDF knows its pages after layout). */
  setTotal(total: number): void {
    this.total = total
  }

  /**
   * Marks one step done, reports it, and checks for cancelling. Gives the event loop a turn
   * when a frame's worth of work (16 ms) has passed since the last one: often enough for the
   * page to repaint and a Cancel to arrive, rarely enough that the browser's 4 ms minimum timer
   * delay does not add up over a 150-page report.
   */
  async step(): Promise<void> {
    this.done = Math.min(this.done + 1, this.total)
    this.options.onProgress?.({ format: this.format, done: this.done, total: this.total })
    if (performance.now() - this.lastYield >= 16) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      this.lastYield = performance.now()
    }
    this.check()
  }
}
