import { type ExportHooks, throwIfCancelled } from './exportProgress'
import type { WorkerReply, WorkerRequest } from './exportWorkerProtocol'

/**
 * Runs one export in a fresh module worker and resolves with the file's bytes. Progress
 * arrives as `done/total` steps (pages, sheets, files) and is passed on as 'render'. Cancel
 * terminates the worker at once, wherever it is, and rejects with an AbortError.
 */
export function exportInWorker(
  request: WorkerRequest,
  { signal, onProgress }: ExportHooks,
): Promise<Uint8Array<ArrayBuffer>> {
  throwIfCancelled(signal)
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const finish = () => {
      signal.removeEventListener('abort', cancel)
      worker.terminate()
    }
    const cancel = () => {
      finish()
      reject(new DOMException('cancelled', 'AbortError'))
    }
    signal.addEventListener('abort', cancel)
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      switch (reply.type) {
        case 'progress':
          onProgress({ step: 'render', fraction: reply.total ? reply.done / reply.total : 0 })
          return
        case 'done':
          finish()
          resolve(reply.bytes)
          return
        case 'failed':
          finish()
          reject(new Error(reply.message))
          return
      }
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(event.message || 'the export worker failed'))
    }
    const transfer = request.job.format === 'zip' && request.job.png ? [request.job.png.buffer] : []
    worker.postMessage(request, transfer)
  })
}
