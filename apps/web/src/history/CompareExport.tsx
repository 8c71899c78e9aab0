import { Button } from '@digdir/designsystemet-react'
import { intlLocale } from '@samkart/i18n'
import { useLocale, useT } from '@samkart/i18n/react'
import { useCallback } from 'react'
import { ExportProgressView } from '../export/ExportProgressView'
import { type ExportRunner, useExportRun } from '../export/useExportRun'
import type { CompareSide } from './historyView'
import type { ComparisonFormat } from './runComparisonExport'
import { sideLabel, timeFormatter } from './versionText'

/**
 * «Last ned PDF-rapport» and «Last ned bilde» for the comparison on screen: the report with the
 * comparison as its first section, or the comparison's matrix as a PNG. Progress and outcome
 * are announced as in the export dialog.
 */
export function CompareExport({ before, after }: { before: CompareSide; after: CompareSide }) {
  const t = useT()
  const { locale } = useLocale()
  const runner = useCallback<ExportRunner<ComparisonFormat>>(
    async (format, hooks) => {
      // Loaded on first use, like every export: @samkart/export stays out of the page's bundle.
      const { runComparisonExport } = await import('./runComparisonExport')
      const when = timeFormatter(intlLocale(locale))
      return runComparisonExport(
        format,
        {
          before,
          after,
          beforeLabel: sideLabel(t, before, when),
          afterLabel: sideLabel(t, after, when),
          locale,
          now: new Date(),
        },
        hooks,
      )
    },
    [before, after, locale, t],
  )
  const run = useExportRun(runner)
  const running = run.state.status === 'running'
  return (
    <div className="compare-export" role="group" aria-label={t('compare.export.label')}>
      <Button
        data-size="sm"
        variant="secondary"
        disabled={running}
        onClick={() => void run.start('pdf')}
      >
        {t('compare.export.pdf')}
      </Button>
      <Button
        data-size="sm"
        variant="secondary"
        disabled={running}
        onClick={() => void run.start('png')}
      >
        {t('compare.export.png')}
      </Button>
      {running && (
        <Button data-size="sm" variant="tertiary" onClick={run.cancel}>
          {t('export.cancel')}
        </Button>
      )}
      <ExportProgressView state={run.state} />
    </div>
  )
}
