import { Paragraph } from '@digdir/designsystemet-react'
import { ConfirmDialog } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import type { RecentBoard } from './recentBoards'

/** Props of {@link DeleteBoardDialog}. */
export interface DeleteBoardDialogProps {
  /** The board to delete, or `null` when the dialog is closed. */
  board: RecentBoard | null
  onConfirm: (board: RecentBoard) => void
  onClose: () => void
}

/** Asks before a board is deleted for everyone, naming it and what happens to those on it. */
export function DeleteBoardDialog({ board, onConfirm, onClose }: DeleteBoardDialogProps) {
  const t = useT()
  const title = board ? board.title || t('board.untitled') : ''
  return (
    <ConfirmDialog
      open={board !== null}
      heading={t('access.board.delete.heading', { title })}
      confirmLabel={t('access.board.delete.confirm')}
      onConfirm={() => board && onConfirm(board)}
      onClose={onClose}
    >
      <Paragraph data-size="sm">{t('access.board.delete.body')}</Paragraph>
    </ConfirmDialog>
  )
}
