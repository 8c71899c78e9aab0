import type { ExportFormat } from '../progress'

/** The MIME type of each format, for downloads and the server. */
export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  zip: 'application/zip',
}
