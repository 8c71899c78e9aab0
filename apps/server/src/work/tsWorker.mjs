// Runs a TypeScript worker thread when the server itself runs from TypeScript (tests, dev):
// registers tsx in this thread, then loads the worker named in `workerData.entry`.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
