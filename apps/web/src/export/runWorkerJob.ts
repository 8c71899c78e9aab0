import {
  type ExportProgress as CoreProgress,
  exportCsv,
  exportJson,
  exportPack,
  exportPdf,
  exportSvg,
  exportXlsx,
} from '@samkart/export'
import type { WorkerRequest } from './exportWorkerProtocol'

const encoder = new TextEncoder()

/**
 * Makes one file with @samkart/export. Framework- and DOM-free, so it runs in the export
 * worker (and in unit tests); text formats come back as UTF-8 bytes like the binary ones.
 */
export async function runWorkerJob(
  { job, board, locale, now }: WorkerRequest,
  onProgress: (progress: CoreProgress) => void,
): Promise<Uint8Array> {
  const options = { locale, now: new Date(now), onProgress }
  switch (job.format) {
    case 'pdf':
      return exportPdf(board, {
        ...options,
        pageSize: job.pageSize,
        comments: job.comments,
        ...(job.comparison ? { comparison: job.comparison } : {}),
      })
    case 'svg':
      return encoder.encode(exportSvg(board, job.view, options))
    case 'json':
      return encoder.encode(exportJson(board, options))
    case 'csv':
      return encoder.encode(exportCsv(board, job.table, options))
    case 'xlsx':
      return exportXlsx(board, options)
    case 'zip':
      return exportPack(board, {
        ...options,
        pageSize: job.pageSize,
        comments: job.comments,
        png: job.png,
      })
  }
}
