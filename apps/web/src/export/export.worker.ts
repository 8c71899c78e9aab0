/// <reference lib="webworker" />
import type { WorkerReply, WorkerRequest } from './exportWorkerProtocol'
import { runWorkerJob } from './runWorkerJob'

/**
 * The export worker: PDF, XLSX, the pack and the other data files are made here, off the main
 * thread, so the board stays responsive (remote edits, cursors) while a large report is
 * written. One worker per export; Cancel terminates it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  scope.postMessage(reply, transfer)

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const bytes = await runWorkerJob(event.data, ({ done, total }) =>
      post({ type: 'progress', done, total }),
    )
    // Transferred, not copied: a large PDF or pack changes hands for free. (A worker's own
    // buffers are plain ArrayBuffers; the cast only narrows the library's wider type.)
    post({ type: 'done', bytes: bytes as Uint8Array<ArrayBuffer> }, [bytes.buffer as ArrayBuffer])
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
