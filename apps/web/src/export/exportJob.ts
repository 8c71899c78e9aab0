import type { PageSize, ReportComparison, SceneView, TableKind } from '@samkart/export'
import type { PngScale, PngScope } from './renderPng'

/**
 * What the user asked for in the export dialog: a format and its options. PNG is drawn from the
 * page on the main thread; every other format is made from the board's data in a worker.
 */
export type ExportJob =
  | { format: 'png'; scope: PngScope; scale: PngScale }
  | { format: 'svg'; view: SceneView }
  | { format: 'pdf'; pageSize: PageSize; comments?: boolean; comparison?: ReportComparison }
  | { format: 'json' }
  | { format: 'csv'; table: TableKind }
  | { format: 'xlsx' }
  | { format: 'zip'; pageSize: PageSize; comments?: boolean }

/** The jobs a worker does: every one but PNG, and a pack carries the PNG made beforehand. */
export type WorkerJob =
  | Exclude<ExportJob, { format: 'png' } | { format: 'zip' }>
  | { format: 'zip'; pageSize: PageSize; comments?: boolean; png?: Uint8Array }

/**
 * Which part of a file name tells two SVGs or CSVs of one board apart; for SVGs the same as in
 * the export pack (`-aktorkart`, `-nettverk`, `-reise-<n>` by the pack's journey order).
 * `journeyNumber` gives a journey's 1-based place in that order.
 */
export function fileNameSuffix(job: ExportJob, journeyNumber: (id: string) => number): string {
  switch (job.format) {
    case 'svg':
      switch (job.view.kind) {
        case 'matrix':
          return '-aktorkart'
        case 'network':
          return '-nettverk'
        case 'journey':
          return `-reise-${journeyNumber(job.view.journeyId)}`
      }
      break
    case 'csv':
      return {
        actors: '-aktorer',
        relations: '-relasjoner',
        touchpoints: '-kontaktpunkter',
        notes: '-notater',
        laneItems: '-radelementer',
      }[job.table]
    case 'png':
    case 'pdf':
    case 'json':
    case 'xlsx':
    case 'zip':
      return ''
  }
}
