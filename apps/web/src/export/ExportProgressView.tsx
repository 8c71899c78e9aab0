import { Alert } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId } from 'react'
import type { ExportRunState } from './useExportRun'

const OUTCOME_COLOUR = { done: 'success', cancelled: 'warning', failed: 'danger' } as const

/**
 * The export's progress bar and outcome. One polite live region says what the export is doing
 * as the step changes, then how it ended; the bar itself is a native `<progress>`, which screen
 * readers read as a percentage when visited, so it is not announced on every tick.
 */
export function ExportProgressView({ state }: { state: ExportRunState }) {
  const t = useT()
  const labelId = useId()
  const outcome =
    state.status === 'done'
      ? t('export.done', { file: state.fileName })
      : state.status === 'cancelled'
        ? t('export.cancelled')
        : state.status === 'failed'
          ? t('export.failed')
          : null
  return (
    <div className="export-progress">
      <div role="status">
        {state.status === 'running' && (
          <p className="export-progress__step">{t(`export.step.${state.progress.step}`)}</p>
        )}
        {outcome && state.status !== 'idle' && state.status !== 'running' && (
          <Alert data-color={OUTCOME_COLOUR[state.status]} data-size="sm">
            {outcome}
          </Alert>
        )}
      </div>
      {state.status === 'running' && (
        <div className="export-progress__bar">
          <span id={labelId} className="export-progress__label">
            {t('export.progress')}
          </span>
          <progress
            aria-labelledby={labelId}
            max={100}
            value={Math.round(state.progress.fraction * 100)}
          />
          <span aria-hidden="true">{Math.round(state.progress.fraction * 100)} %</span>
        </div>
      )}
    </div>
  )
}
