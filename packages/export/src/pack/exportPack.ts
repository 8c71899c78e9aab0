import { type Zippable, zipSync } from 'fflate'
import type { BoardData } from '../board/BoardData'
import { exportJson } from '../json/exportJson'
import { type PdfOptions, exportPdf } from '../pdf/exportPdf'
import { ExportSteps } from '../progress'
import { boardViews } from '../scene/buildScene'
import { exportSvg } from '../svg/exportSvg'
import { exportXlsx } from '../tables/exportXlsx'
import { exportFileStem } from './exportFileStem'

/** Options of {@link exportPack}. */
export interface PackOptions extends PdfOptions {
  /** The PNG to include (browser: html-to-image; headless: resvg). Left out when absent. */
  png?: Uint8Array
}

/** File-name parts of the views' SVGs. */
function viewName(kind: 'matrix' | 'network' | 'journey', index: number): string {
  switch (kind) {
    case 'matrix':
      return 'aktorkart'
    case 'network':
      return 'nettverk'
    case 'journey':
      return `reise-${index}`
  }
}

/**
 * One ZIP holding the PDF report, the PNG (when given), an SVG per view (matrix, network, each
 * journey), the JSON board file and the XLSX tables, named after the board
 * (`<stem>.pdf`, `<stem>-aktorkart.svg`, `<stem>-reise-1.svg`, …). Progress comes as the
 * PDF's and the XLSX's own steps (`format: 'pdf'`, `'xlsx'`) inside the pack's file count
 * (`format: 'zip'`); cancelling at any step leaves nothing behind.
 */
export async function exportPack(board: BoardData, options: PackOptions = {}): Promise<Uint8Array> {
  const views = boardViews(board)
  const steps = new ExportSteps('zip', views.length + 4, options)
  steps.check()
  const stem = exportFileStem(board, options)
  const encoder = new TextEncoder()
  // Already compressed formats are stored; text is deflated.
  const files: Zippable = {}
  files[`${stem}.pdf`] = [await exportPdf(board, options), { level: 0 }]
  await steps.step()
  if (options.png) files[`${stem}.png`] = [options.png, { level: 0 }]
  let journey = 0
  for (const view of views) {
    const part = viewName(view.kind, view.kind === 'journey' ? ++journey : 0)
    files[`${stem}-${part}.svg`] = [encoder.encode(exportSvg(board, view, options)), { level: 6 }]
    await steps.step()
  }
  files[`${stem}.json`] = [encoder.encode(exportJson(board, options)), { level: 6 }]
  await steps.step()
  files[`${stem}.xlsx`] = [await exportXlsx(board, options), { level: 0 }]
  await steps.step()
  const zip = zipSync(files, { mtime: options.now ?? new Date() })
  await steps.step()
  return zip
}
