import {
  Alert,
  Button,
  Dialog,
  Field,
  Fieldset,
  Heading,
  Input,
  Label,
  Paragraph,
  Radio,
  Select,
} from '@digdir/designsystemet-react'
import {
  type ColumnMapping,
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportDestination,
  type ImportTarget,
  type ParsedTable,
  applyTableImport,
  parseTableFile,
  planTableImport,
  suggestMapping,
} from '@samkart/export'
import { useLocale, useT } from '@samkart/i18n/react'
import { readJourneys } from '@samkart/model'
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { ColumnMappingFields } from './ColumnMappingFields'
import { ImportPreview } from './ImportPreview'
import { importErrorText } from './importErrorText'
import { readFileBytes } from './readFileBytes'
import './import.css'

const TARGETS: ImportTarget[] = ['actors', 'touchpoints']

/** The picked file, once read. */
type Picked =
  | { status: 'none' }
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'read'; tables: ParsedTable[] }

/** Props of {@link TableImportDialog}. */
export interface TableImportDialogProps {
  doc: Y.Doc
  open: boolean
  onClose: () => void
  /** Marks the import's transaction, like the board's other local edits. */
  origin: unknown
}

/**
 * «Importer fra CSV eller XLSX»: choose actors or touchpoints (and the journey), pick a file,
 * check the column mapping, the preview and the per-row errors, then confirm. Nothing reaches
 * the board before the confirm, which adds every valid row in one transaction, so the other
 * participants see them appear together. Cancel or closing the dialog leaves the board as it was.
 */
export function TableImportDialog({ doc, open, onClose, origin }: TableImportDialogProps) {
  const t = useT()
  const { locale } = useLocale()
  const headingId = useId()
  const [target, setTarget] = useState<ImportTarget>('actors')
  const [journeyId, setJourneyId] = useState('')
  const [picked, setPicked] = useState<Picked>({ status: 'none' })
  const [sheet, setSheet] = useState(0)
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [applyError, setApplyError] = useState<string | null>(null)
  const [imported, setImported] = useState<number | null>(null)
  // Bumped when the board changes, so the preview re-checks names and phases against it.
  const [replan, setReplan] = useState(0)
  const [inputKey, setInputKey] = useState(0)

  const journeys = useMemo(
    () => (open ? readJourneys(doc).sort((a, b) => a.title.localeCompare(b.title, locale)) : []),
    [doc, open, locale],
  )
  const journey = journeys.some((j) => j.id === journeyId) ? journeyId : (journeys[0]?.id ?? '')
  const table = picked.status === 'read' ? picked.tables[sheet] : undefined
  const destination = useMemo<ImportDestination | null>(
    () =>
      target === 'actors'
        ? { target }
        : journey
          ? { target: 'touchpoints', journeyId: journey }
          : null,
    [target, journey],
  )
  // While a file is previewed, others may add the agency a row names, or delete a phase: the
  // preview follows the board, and what the user confirms is what they saw.
  useEffect(() => {
    if (!table) return
    const bump = () => setReplan((n) => n + 1)
    doc.on('update', bump)
    return () => doc.off('update', bump)
  }, [doc, table])
  const plan = useMemo(
    () => (table && destination ? planTableImport(doc, table, mapping, destination) : null),
    // `replan` stands for the board's content, which planning reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, table, mapping, destination, replan],
  )

  const reset = () => {
    setPicked({ status: 'none' })
    setSheet(0)
    setMapping({})
    setApplyError(null)
    setInputKey((k) => k + 1)
  }
  const close = () => {
    reset()
    setImported(null)
    onClose()
  }

  const pick = async (file: File | undefined) => {
    setApplyError(null)
    setImported(null)
    if (!file) return setPicked({ status: 'none' })
    setPicked({ status: 'reading' })
    const bytes = await readFileBytes(file, DEFAULT_IMPORT_MAX_BYTES)
    const parsed = bytes.ok ? await parseTableFile(file.name, bytes.value) : bytes
    if (!parsed.ok)
      return setPicked({ status: 'refused', message: importErrorText(t, parsed.error) })
    setPicked({ status: 'read', tables: parsed.value })
    setSheet(0)
    setMapping(parsed.value[0] ? suggestMapping(parsed.value[0], target) : {})
  }

  const chooseTarget = (next: ImportTarget) => {
    setTarget(next)
    if (table) setMapping(suggestMapping(table, next))
  }
  const chooseSheet = (index: number) => {
    setSheet(index)
    if (picked.status === 'read' && picked.tables[index])
      setMapping(suggestMapping(picked.tables[index], target))
  }

  const confirm = (event: FormEvent) => {
    event.preventDefault()
    if (!plan) return
    const result = applyTableImport(doc, plan, { origin })
    if (!result.ok) return setApplyError(importErrorText(t, result.error))
    reset()
    setImported(result.value.created.length)
  }

  const ready = plan !== null && plan.tableErrors.length === 0 && plan.readyCount > 0
  return (
    <Dialog
      open={open}
      onClose={close}
      closeButton={t('import.table.close')}
      closedby="any"
      aria-labelledby={headingId}
      className="table-import"
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {t('import.table.heading')}
        </Heading>
      </Dialog.Block>
      {open && (
        <Dialog.Block>
          <form className="table-import__form" onSubmit={confirm} noValidate>
            {imported !== null && (
              <Alert data-color="success" data-size="sm" role="status">
                {t('import.table.done', { count: imported })}
              </Alert>
            )}
            <Fieldset data-size="sm">
              <Fieldset.Legend>{t('import.table.target.legend')}</Fieldset.Legend>
              {TARGETS.map((value) => (
                <Radio
                  key={value}
                  name="import-target"
                  label={t(`import.table.target.${value}`)}
                  value={value}
                  checked={target === value}
                  onChange={() => chooseTarget(value)}
                />
              ))}
            </Fieldset>
            {target === 'touchpoints' &&
              (journeys.length === 0 ? (
                <Alert data-color="info" data-size="sm">
                  {t('import.table.noJourneys')}
                </Alert>
              ) : (
                <Field data-size="sm">
                  <Label>{t('import.table.journey')}</Label>
                  <Select value={journey} onChange={(event) => setJourneyId(event.target.value)}>
                    {journeys.map((j) => (
                      <Select.Option key={j.id} value={j.id}>
                        {j.title}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              ))}
            <Field data-size="sm">
              <Label>{t('import.table.file')}</Label>
              <Field.Description>{t('import.table.file.description')}</Field.Description>
              <Input
                key={inputKey}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => void pick(event.target.files?.[0])}
                aria-invalid={picked.status === 'refused' || undefined}
              />
            </Field>
            {picked.status === 'reading' && (
              <Paragraph data-size="sm">{t('import.table.reading')}</Paragraph>
            )}
            {picked.status === 'refused' && (
              <Alert data-color="danger" data-size="sm">
                {picked.message}
              </Alert>
            )}
            {picked.status === 'read' && picked.tables.length > 1 && (
              <Field data-size="sm">
                <Label>{t('import.table.sheet')}</Label>
                <Select
                  value={String(sheet)}
                  onChange={(event) => chooseSheet(Number(event.target.value))}
                >
                  {picked.tables.map((tab, index) => (
                    <Select.Option key={index} value={String(index)}>
                      {tab.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            {table && (
              <ColumnMappingFields
                target={target}
                table={table}
                mapping={mapping}
                onChange={setMapping}
              />
            )}
            {table && plan && <ImportPreview target={target} table={table} plan={plan} />}
            {applyError && (
              <Alert data-color="danger" data-size="sm">
                {applyError}
              </Alert>
            )}
            <div className="table-import__actions">
              {plan && (
                <Button type="submit" disabled={!ready}>
                  {t('import.table.confirm', { count: plan.readyCount })}
                </Button>
              )}
              <Button type="button" variant="secondary" onClick={close}>
                {t('import.table.cancel')}
              </Button>
            </div>
          </form>
        </Dialog.Block>
      )}
    </Dialog>
  )
}
