import { Heading, Paragraph, Table } from '@digdir/designsystemet-react'
import type { ImportPlan, ImportTarget, ParsedTable } from '@samkart/export'
import { useT } from '@samkart/i18n/react'
import { useId } from 'react'
import { rowErrorText } from './rowErrorText'

/** Rows shown in the preview; the error list still covers every row. */
const PREVIEW_ROWS = 50
/** Errors listed; more are counted. */
const LISTED_ERRORS = 100

/** Props of {@link ImportPreview}. */
export interface ImportPreviewProps {
  target: ImportTarget
  table: ParsedTable
  plan: ImportPlan
}

/**
 * The file as read (first rows, every column, each row marked ready or in error), then the
 * errors that keep rows out, each naming its row as numbered in the file, so the user can fix
 * the file. Cells are shown as text, whatever they contain.
 */
export function ImportPreview({ target, table, plan }: ImportPreviewProps) {
  const t = useT()
  const previewId = useId()
  const errorsId = useId()
  const status = new Map(plan.rows.map((row) => [row.row, row.errors.length === 0]))
  const shown = table.rows.slice(0, PREVIEW_ROWS)
  const errors = [...plan.tableErrors, ...plan.rows.flatMap((row) => row.errors)]
  const listed = errors.slice(0, LISTED_ERRORS)

  return (
    <>
      <div>
        <Heading id={previewId} level={3} data-size="2xs">
          {t('import.table.preview.heading')}
        </Heading>
        <div
          className="table-import__preview"
          tabIndex={0}
          role="region"
          aria-labelledby={previewId}
        >
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">
              {t('import.table.preview.caption', { shown: shown.length, total: table.rows.length })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('import.table.preview.row')}</Table.HeaderCell>
                <Table.HeaderCell>{t('import.table.preview.status')}</Table.HeaderCell>
                {table.columns.map((column, index) => (
                  <Table.HeaderCell key={index}>{column || `#${index + 1}`}</Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((row) => {
                const ready = status.get(row.number) ?? false
                return (
                  <Table.Row key={row.number} data-status={ready ? 'ready' : 'error'}>
                    <Table.Cell>{row.number}</Table.Cell>
                    <Table.Cell>
                      {ready ? t('import.table.preview.ready') : t('import.table.preview.error')}
                    </Table.Cell>
                    {table.columns.map((_, index) => (
                      <Table.Cell key={index} title={row.cells[index] ?? ''}>
                        {row.cells[index] ?? ''}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      </div>
      <Paragraph data-size="sm" role="status">
        {t('import.table.summary', { ready: plan.readyCount, errors: plan.errorCount })}
      </Paragraph>
      {plan.unusedColumns.length > 0 && (
        <Paragraph data-size="sm" className="muted">
          {t('import.table.unused', { columns: plan.unusedColumns.join(', ') })}
        </Paragraph>
      )}
      {errors.length > 0 && (
        <section aria-labelledby={errorsId}>
          <Heading id={errorsId} level={3} data-size="2xs">
            {t('import.table.errors.heading')}
          </Heading>
          <ul className="table-import__errors" aria-labelledby={errorsId}>
            {listed.map((error, index) => {
              const message = rowErrorText(t, target, error)
              return (
                <li key={index}>
                  {error.row === 0
                    ? t('import.table.errors.table', { message })
                    : t('import.table.errors.row', { row: error.row, message })}
                </li>
              )
            })}
            {errors.length > listed.length && (
              <li>{t('import.table.errors.more', { count: errors.length - listed.length })}</li>
            )}
          </ul>
        </section>
      )}
    </>
  )
}
