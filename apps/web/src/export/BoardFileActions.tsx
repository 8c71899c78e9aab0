import type * as Y from 'yjs'
import { TableImportButton } from '../import/TableImportButton'
import { useBoardView } from '../pages/BoardNav'
import { ExportButton } from './ExportButton'
import './export.css'

/** Props of {@link BoardFileActions}. */
export interface BoardFileActionsProps {
  doc: Y.Doc
  /** Whether this participant may change the board; viewers may export but not import. */
  canWrite: boolean
  /** The origin of this tab's other edits (its undo history), for the import. */
  origin?: unknown
}

/** «Eksporter» and «Importer» in the board's header. */
export function BoardFileActions({ doc, canWrite, origin }: BoardFileActionsProps) {
  const { journeyId } = useBoardView()
  return (
    <div className="board-file-actions">
      <ExportButton doc={doc} journeyId={journeyId} />
      {canWrite && <TableImportButton doc={doc} origin={origin} />}
    </div>
  )
}
