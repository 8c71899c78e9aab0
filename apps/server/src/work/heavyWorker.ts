/**
 * Entry of the worker threads of the heavy-work pool (`WorkerPool`): one job per message, one
 * outcome back, the board's bytes transferred. A job that throws is a bug; the thread ends
 * with the error and the pool fails that job.
 */
import { parentPort } from 'node:worker_threads'
import { type HeavyJob, outcomeTransfer, runHeavyJob } from './HeavyJob'

const port = parentPort
if (!port) throw new Error('heavyWorker runs as a worker thread only')
port.on('message', (job: HeavyJob) => {
  const outcome = runHeavyJob(job)
  port.postMessage(outcome, outcomeTransfer(outcome))
})
