import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { Suspense, lazy, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { HeaderIcon } from '../components/HeaderIcon'
import { HeaderLabel } from '../components/HeaderLabel'

/**
 * Loaded the first time someone opens it: the dialog brings the CSV and XLSX readers, which
 * most participants never need, so they stay out of the board page's own bundle.
 */
const TableImportDialog = lazy(() =>
  import('./TableImportDialog').then((m) => ({ default: m.TableImportDialog })),
)

/**
 * «Importer» in the board's header: actors or touchpoints from CSV or XLSX. Editors only. Pass
 * the origin of the page's other edits, so undo treats the import like them (one step).
 */
export function TableImportButton({ doc, origin }: { doc: Y.Doc; origin?: unknown }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [used, setUsed] = useState(false)
  // Without the page's own edit origin (its undo history), the import is marked as its own.
  const ownOrigin = useMemo(() => Symbol('samkart-import'), [])
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        title={t('import.table.button')}
        onClick={() => {
          setUsed(true)
          setOpen(true)
        }}
      >
        <HeaderIcon name="import" />
        <HeaderLabel>{t('import.table.button')}</HeaderLabel>
      </Button>
      {used && (
        <Suspense fallback={null}>
          <TableImportDialog
            doc={doc}
            open={open}
            onClose={() => setOpen(false)}
            origin={origin ?? ownOrigin}
          />
        </Suspense>
      )}
    </>
  )
}
