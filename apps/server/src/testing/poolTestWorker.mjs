// A worker for WorkerPool's own tests: does what each job asks, so the pool's handling of
// slow, crashing and memory-hungry work can be tested without a real import.
import { parentPort } from 'node:worker_threads'

const hoard = []
parentPort.on('message', async (job) => {
  switch (job.type) {
    case 'echo':
      return parentPort.postMessage({ bytes: job.bytes }, [job.bytes.buffer])
    case 'sleep':
      await new Promise((resolve) => setTimeout(resolve, job.ms))
      return parentPort.postMessage({ slept: job.ms })
    case 'crash':
      throw new Error('the job crashed')
    case 'hoard':
      for (;;) hoard.push(new Array(1_000_000).fill(hoard.length))
    default:
      throw new Error(`unknown job ${job.type}`)
  }
})
