import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
} from '@digdir/designsystemet-react'
import type { PageSize, SceneView, TableKind } from '@samkart/export'
import { useLocale, useT } from '@samkart/i18n/react'
import { readJourneys } from '@samkart/model'
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { ExportJob } from './exportJob'
import { ExportProgressView } from './ExportProgressView'
import { type MapSurface, findMapSurface } from './mapSurface'
import type { PngScale, PngScope } from './renderPng'
import { type ExportRunner, useExportRun } from './useExportRun'
import './export.css'

const FORMATS = ['png', 'svg', 'pdf', 'json', 'csv', 'xlsx', 'zip'] as const
type Format = (typeof FORMATS)[number]
const SCOPES: PngScope[] = ['view', 'board']
const SCALES: PngScale[] = [1, 2, 3]
const PAGE_SIZES: PageSize[] = ['A4', 'A3']
const TABLES: TableKind[] = ['actors', 'relations', 'touchpoints']

/** An SVG view as a `<select>` value. */
const viewKey = (view: SceneView) =>
  view.kind === 'journey' ? `journey:${view.journeyId}` : view.kind
function viewFromKey(key: string): SceneView {
  if (key.startsWith('journey:')) return { kind: 'journey', journeyId: key.slice(8) }
  return { kind: key === 'network' ? 'network' : 'matrix' }
}

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  doc: Y.Doc
  open: boolean
  onClose: () => void
  /** The journey open on the page, which the SVG export then offers first. */
  journeyId?: string
}

/**
 * «Eksporter tavla»: choose a format and its options, export with a progress bar and Cancel,
 * and get the file as a download. The choices stay while the dialog is open, so a facilitator
 * can export the same board several ways in a row.
 */
export function ExportDialog({ doc, open, onClose, journeyId }: ExportDialogProps) {
  const t = useT()
  const { locale } = useLocale()
  const headingId = useId()
  const [surface, setSurface] = useState<MapSurface | null>(null)
  const [format, setFormat] = useState<Format>('png')
  const [scope, setScope] = useState<PngScope>('view')
  const [scale, setScale] = useState<PngScale>(2)
  const [pageSize, setPageSize] = useState<PageSize>('A4')
  const [withComments, setWithComments] = useState(false)
  const [table, setTable] = useState<TableKind>('actors')
  const [svgView, setSvgView] = useState('matrix')
  const journeys = useMemo(
    () => (open ? readJourneys(doc).sort((a, b) => a.title.localeCompare(b.title, locale)) : []),
    [doc, open, locale],
  )

  const context = useCallback(
    () => ({ doc, surface: findMapSurface(document), locale, t, now: new Date(), journeyId }),
    [doc, locale, t, journeyId],
  )
  const runner = useCallback<ExportRunner<ExportJob>>(
    async (job, hooks) => {
      // Loaded on first use: @samkart/export (PDF, spreadsheets, zip) stays out of the page's
      // own bundle, which every participant downloads whether they export or not.
      const { runExport } = await import('./runExport')
      return runExport(job, context(), hooks)
    },
    [context],
  )
  const run = useExportRun(runner)
  const { reset, cancel } = run
  const running = run.state.status === 'running'
  // When an export ends (done, cancelled, failed), Cancel disappears; focus goes back to
  // «Eksporter» instead of being lost, and the outcome is read out from the status next to it.
  const submitRef = useRef<HTMLButtonElement>(null)
  const wasRunning = useRef(false)
  useEffect(() => {
    if (wasRunning.current && !running) submitRef.current?.focus()
    wasRunning.current = running
  }, [running])

  // What is on screen decides the defaults each time the dialog opens.
  useEffect(() => {
    if (!open) return
    const found = findMapSurface(document)
    setSurface(found)
    reset()
    if (journeyId) setSvgView(`journey:${journeyId}`)
    else if (found?.label === t('network.label')) setSvgView('network')
    else setSvgView('matrix')
  }, [open, journeyId, reset, t])

  const close = () => {
    cancel()
    onClose()
  }

  const job = (): ExportJob | null => {
    switch (format) {
      case 'png':
        return surface ? { format, scope, scale } : null
      case 'svg':
        return { format, view: viewFromKey(svgView) }
      case 'pdf':
      case 'zip':
        return { format, pageSize, comments: withComments }
      case 'csv':
        return { format, table }
      case 'json':
      case 'xlsx':
        return { format }
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const chosen = job()
    if (chosen && !running) void run.start(chosen)
  }

  const radios = <V extends string | number>(
    legend: string,
    name: string,
    values: readonly V[],
    value: V,
    set: (v: V) => void,
    label: (v: V) => string,
  ) => (
    <Fieldset data-size="sm" className="export-dialog__choices">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {values.map((v) => (
        <Radio
          key={v}
          name={name}
          label={label(v)}
          value={String(v)}
          checked={value === v}
          onChange={() => set(v)}
        />
      ))}
    </Fieldset>
  )

  return (
    <Dialog
      open={open}
      onClose={close}
      closeButton={t('export.close')}
      closedby={running ? 'none' : 'any'}
      aria-labelledby={headingId}
      className="export-dialog"
    >
      <Dialog.Block>
        <Heading id={headingId} level={2} data-size="xs">
          {t('export.heading')}
        </Heading>
      </Dialog.Block>
      {open && (
        <Dialog.Block>
          <form className="export-dialog__form" onSubmit={submit} noValidate>
            <fieldset className="export-dialog__locked" disabled={running}>
              <Fieldset data-size="sm">
                <Fieldset.Legend>{t('export.format.legend')}</Fieldset.Legend>
                {FORMATS.map((f) => (
                  <Radio
                    key={f}
                    name="export-format"
                    label={t(`export.format.${f}`)}
                    description={t(`export.format.${f}.description`)}
                    value={f}
                    checked={format === f}
                    onChange={() => setFormat(f)}
                  />
                ))}
              </Fieldset>
            </fieldset>
            {/* Beside the formats on wide screens, so the button is in view without scrolling. */}
            <div className="export-dialog__side">
              <fieldset className="export-dialog__locked export-dialog__details" disabled={running}>
                {format === 'png' &&
                  (surface ? (
                    <>
                      {radios(
                        t('export.png.scope.legend'),
                        'export-scope',
                        SCOPES,
                        scope,
                        setScope,
                        (s) => t(`export.png.scope.${s}`),
                      )}
                      {radios(
                        t('export.png.scale.legend'),
                        'export-scale',
                        SCALES,
                        scale,
                        setScale,
                        (s) => t(`export.png.scale.${s}`),
                      )}
                    </>
                  ) : (
                    <Alert data-color="info" data-size="sm">
                      {t('export.png.noMap')}
                    </Alert>
                  ))}
                {format === 'svg' && (
                  <Field data-size="sm">
                    <Label>{t('export.svg.view')}</Label>
                    <Select value={svgView} onChange={(event) => setSvgView(event.target.value)}>
                      <Select.Option value="matrix">{t('export.view.matrix')}</Select.Option>
                      <Select.Option value="network">{t('export.view.network')}</Select.Option>
                      {journeys.map((journey) => (
                        <Select.Option
                          key={journey.id}
                          value={viewKey({ kind: 'journey', journeyId: journey.id })}
                        >
                          {t('export.view.journey', { title: journey.title })}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                )}
                {(format === 'pdf' || format === 'zip') &&
                  radios(
                    t('export.pageSize.legend'),
                    'export-page',
                    PAGE_SIZES,
                    pageSize,
                    setPageSize,
                    (s) => t(`export.pageSize.${s}`),
                  )}
                {(format === 'pdf' || format === 'zip') && (
                  <Checkbox
                    data-size="sm"
                    label={t('comments.export.include')}
                    checked={withComments}
                    onChange={(event) => setWithComments(event.target.checked)}
                  />
                )}
                {format === 'zip' && !surface && (
                  <Paragraph data-size="sm" className="export-dialog__note">
                    {t('export.zip.noMap')}
                  </Paragraph>
                )}
                {format === 'csv' && (
                  <Field data-size="sm">
                    <Label>{t('export.csv.table')}</Label>
                    <Select
                      value={table}
                      onChange={(event) => setTable(event.target.value as TableKind)}
                    >
                      {TABLES.map((kind) => (
                        <Select.Option key={kind} value={kind}>
                          {t(`export.table.${kind}`)}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                )}
              </fieldset>
              <ExportProgressView state={run.state} />
              <div className="export-dialog__actions">
                {/* Separate elements (keys): reusing one <button> would let the click on Cancel,
                  which turns it back into the submit button, submit the form right away. */}
                {running ? (
                  <Button key="cancel" type="button" variant="secondary" onClick={cancel}>
                    {t('export.cancel')}
                  </Button>
                ) : (
                  <Button
                    key="submit"
                    ref={submitRef}
                    type="submit"
                    disabled={format === 'png' && !surface}
                  >
                    {t('export.submit')}
                  </Button>
                )}
              </div>
            </div>
          </form>
        </Dialog.Block>
      )}
    </Dialog>
  )
}
