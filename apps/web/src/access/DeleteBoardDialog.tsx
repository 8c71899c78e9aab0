import { Button, Paragraph } from '@digdir/designsystemet-react'
import { HeadedDialog } from '@samkart/canvas'
import { useT } from '@samkart/i18n/react'
import type { RecentBoard } from './recentBoards'
import './access.css'

/** Props of {@link DeleteBoardDialog}. */
export interface DeleteBoardDialogProps {
  /** The board to delete, or `null` when the dialog is closed. */
  board: RecentBoard | null
  onConfirm: (board: RecentBoard) => void
  onClose: () => void
}

/**
 * Asks before a board is deleted for everyone. «Avbryt» has focus first, so a stray Enter does
 * not delete.
 */
export function DeleteBoardDialog({ board, onConfirm, onClose }: DeleteBoardDialogProps) {
  const t = useT()
  const title = board ? board.title || t('board.untitled') : ''
  return (
    <HeadedDialog
      open={board !== null}
      onClose={onClose}
      closeLabel={t('access.board.close')}
      heading={t('access.board.delete.heading', { title })}
    >
      <Paragraph data-size="sm">{t('access.board.delete.body')}</Paragraph>
      <div className="share-dialog__confirm">
        <Button data-color="danger" data-size="sm" onClick={() => board && onConfirm(board)}>
          {t('access.board.delete.confirm')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={onClose} autoFocus>
          {t('access.board.cancel')}
        </Button>
      </div>
    </HeadedDialog>
  )
}
