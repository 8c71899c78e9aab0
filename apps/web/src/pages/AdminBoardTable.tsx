import { Button, Paragraph, Table } from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import type { AdminBoardListing } from '@samkart/model'
import { useState } from 'react'
import { DeleteBoardDialog } from '../access/DeleteBoardDialog'

/** Props of {@link AdminBoardTable}. */
export interface AdminBoardTableProps {
  boards: readonly AdminBoardListing[]
  onOpen: (board: AdminBoardListing) => void
  onCopy: (board: AdminBoardListing) => void
  onDelete: (board: AdminBoardListing) => void
}

/** The overview's table: one row per board, with its actions named after it for screen readers. */
export function AdminBoardTable({ boards, onOpen, onCopy, onDelete }: AdminBoardTableProps) {
  const t = useT()
  const { locale } = useLocale()
  const [deleting, setDeleting] = useState<AdminBoardListing | null>(null)
  const dates = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const kilobytes = new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  })
  const date = (iso: string) => {
    const d = new Date(iso)
    return Number.isNaN(d.getTime()) ? iso : dates.format(d)
  }

  if (boards.length === 0) return <Paragraph className="muted">{t('admin.empty')}</Paragraph>
  return (
    <>
      <Table data-size="sm" className="admin-table" zebra>
        <caption className="ds-sr-only">{t('admin.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('admin.column.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.column.created')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.column.edited')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.column.participants')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.column.size')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.column.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {boards.map((board) => {
            const title = board.title || t('board.untitled')
            return (
              <Table.Row key={board.id}>
                <Table.HeaderCell scope="row">{title}</Table.HeaderCell>
                <Table.Cell>{date(board.createdAt)}</Table.Cell>
                <Table.Cell>{date(board.editedAt)}</Table.Cell>
                <Table.Cell>{board.participants}</Table.Cell>
                <Table.Cell>
                  {kilobytes.format(Math.max(1, Math.round(board.bytes / 1024)))}
                </Table.Cell>
                <Table.Cell>
                  <div className="admin-table__actions">
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      aria-label={t('admin.open.label', { title })}
                      onClick={() => onOpen(board)}
                    >
                      {t('admin.open')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      aria-label={t('access.board.duplicate.label', { title })}
                      onClick={() => onCopy(board)}
                    >
                      {t('access.board.duplicate')}
                    </Button>
                    <Button
                      data-size="sm"
                      variant="tertiary"
                      data-color="danger"
                      aria-label={t('access.board.delete.label', { title })}
                      onClick={() => setDeleting(board)}
                    >
                      {t('access.board.delete')}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <DeleteBoardDialog
        board={
          deleting && {
            id: deleting.id,
            title: deleting.title,
            token: null,
            role: null,
            lastOpened: deleting.editedAt,
          }
        }
        onConfirm={() => {
          if (deleting) onDelete(deleting)
          setDeleting(null)
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  )
}
