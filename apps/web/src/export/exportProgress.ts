/** What an export is doing now; each has a translated label in the dialog. */
export type ExportStep = 'prepare' | 'drawMap' | 'encodePng' | 'render' | 'pack'

/** A progress report: the step and how far the whole export has come, 0..1. */
export interface ExportProgress {
  step: ExportStep
  fraction: number
}

/** How a running export reports progress and learns that the user cancelled it. */
export interface ExportHooks {
  signal: AbortSignal
  onProgress: (progress: ExportProgress) => void
}

/** Thrown (and caught by the dialog) when the user cancels: not a failure. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError')
}

/**
 * Whether `error` is a cancellation rather than something that went wrong: ours (a
 * DOMException) or @samkart/export's `ExportCancelledError`, both named AbortError.
 */
export function isCancelled(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError'
}

/**
 * Maps a part's own 0..1 progress into its share `[from, to]` of the whole export, so a pack
 * that first draws the PNG and then renders the rest shows one bar that only moves forward.
 */
export function progressSlice(
  onProgress: (progress: ExportProgress) => void,
  from: number,
  to: number,
): (progress: ExportProgress) => void {
  return ({ step, fraction }) =>
    onProgress({ step, fraction: from + (to - from) * Math.min(1, Math.max(0, fraction)) })
}
