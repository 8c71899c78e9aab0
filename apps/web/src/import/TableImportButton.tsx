import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { TableImportDialog } from './TableImportDialog'

/**
 * «Importer» in the board's header: actors or touchpoints from CSV or XLSX. Editors only. Pass
 * the origin of the page's other edits, so undo treats the import like them (one step).
 */
export function TableImportButton({ doc, origin }: { doc: Y.Doc; origin?: unknown }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  // Without the page's own edit origin (its undo history), the import is marked as its own.
  const ownOrigin = useMemo(() => Symbol('samkart-import'), [])
  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('import.table.button')}
      </Button>
      <TableImportDialog
        doc={doc}
        open={open}
        onClose={() => setOpen(false)}
        origin={origin ?? ownOrigin}
      />
    </>
  )
}
