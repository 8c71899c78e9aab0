import { useCallback, useEffect, useRef, useState } from 'react'
import { downloadBlob } from './downloadBlob'
import { type ExportHooks, type ExportProgress, isCancelled } from './exportProgress'
import type { ExportedFile } from './runExport'

/** Where the dialog's export stands. */
export type ExportRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ExportProgress }
  | { status: 'done'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed' }

/** Makes the file for one job (e.g. `runExport` with the page's context). */
export type ExportRunner<J> = (job: J, hooks: ExportHooks) => Promise<ExportedFile>

/**
 * Runs one export at a time (the export dialog's, the comparison's): tracks progress,
 * downloads the result, and cancels on request or when the component goes away. Cancel takes
 * effect for the user at once: a worker is terminated, and a PNG step still finishing on the
 * main thread is ignored when it ends, so nothing is downloaded after Cancel.
 */
export function useExportRun<J>(runner: ExportRunner<J>) {
  const [state, setState] = useState<ExportRunState>({ status: 'idle' })
  const current = useRef<AbortController | null>(null)

  const start = useCallback(
    async (job: J) => {
      current.current?.abort()
      const abort = new AbortController()
      current.current = abort
      const mine = () => current.current === abort
      setState({ status: 'running', progress: { step: 'prepare', fraction: 0 } })
      try {
        const file = await runner(job, {
          signal: abort.signal,
          onProgress: (progress) => {
            if (mine()) setState({ status: 'running', progress })
          },
        })
        if (!mine()) return
        downloadBlob(file.blob, file.fileName)
        setState({ status: 'done', fileName: file.fileName })
      } catch (error) {
        if (!mine()) return
        if (isCancelled(error)) setState({ status: 'cancelled' })
        else {
          console.error('export failed', error)
          setState({ status: 'failed' })
        }
      } finally {
        if (mine()) current.current = null
      }
    },
    [runner],
  )

  const cancel = useCallback(() => {
    const abort = current.current
    if (!abort) return
    current.current = null
    abort.abort()
    setState({ status: 'cancelled' })
  }, [])
  const reset = useCallback(() => setState({ status: 'idle' }), [])
  useEffect(
    () => () => {
      current.current?.abort()
      current.current = null
    },
    [],
  )

  return { state, start, cancel, reset }
}
