import {
  type BoardData,
  exportComparisonSvg,
  exportFileStem,
  withoutDangling,
} from '@samkart/export'
import type { Locale } from '@samkart/i18n'
import { exportInWorker } from '../export/exportInWorker'
import type { ExportHooks } from '../export/exportProgress'
import type { ExportedFile } from '../export/runExport'
import type { CompareSide } from './historyView'

/** What the comparison is exported as: the PDF report with it first, or its picture. */
export type ComparisonFormat = 'pdf' | 'png'

/** The two sides and how they are called, the language and the date of the export. */
export interface ComparisonExportInput {
  before: CompareSide
  after: CompareSide
  beforeLabel: string
  afterLabel: string
  locale: Locale
  now: Date
}

/** The picture's pixels per scene unit: sharp on a projector and in a report. */
const PNG_SCALE = 2

/**
 * Exports a comparison. The PDF is the report of the later side with the comparison as its
 * first section, made in the export worker like every PDF; the PNG is the comparison's matrix
 * (the report's figure) drawn as SVG and rasterised in the page.
 */
export async function runComparisonExport(
  format: ComparisonFormat,
  input: ComparisonExportInput,
  hooks: ExportHooks,
): Promise<ExportedFile> {
  hooks.onProgress({ step: 'prepare', fraction: 0 })
  // Danger signals are not part of a version's snapshot, and no section compared uses them.
  const board: BoardData = withoutDangling({ ...input.after.snapshot, dangerSignals: [] })
  const comparison = {
    before: input.before.snapshot,
    beforeLabel: input.beforeLabel,
    afterLabel: input.afterLabel,
  }
  const fileName = `${exportFileStem(board, { now: input.now })}-sammenligning.${format}`
  if (format === 'pdf') {
    const bytes = await exportInWorker(
      {
        job: { format: 'pdf', pageSize: 'A4', comparison },
        board,
        locale: input.locale,
        now: input.now.getTime(),
      },
      hooks,
    )
    return { blob: new Blob([bytes], { type: 'application/pdf' }), fileName }
  }
  const svg = exportComparisonSvg(board, comparison, { locale: input.locale, now: input.now })
  hooks.onProgress({ step: 'render', fraction: 0.5 })
  return { blob: await rasterise(svg, hooks.signal), fileName }
}

/** Draws an SVG document on a canvas at {@link PNG_SCALE} and encodes it as PNG. */
async function rasterise(svg: string, signal: AbortSignal): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError')
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.naturalWidth * PNG_SCALE)
    canvas.height = Math.round(image.naturalHeight * PNG_SCALE)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
