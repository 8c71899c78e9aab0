import { Alert } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { useId } from 'react'
import type { ExportRunState } from './useExportRun'

/**
 * The export's progress bar and outcome. The step is announced (polite) as it changes; the bar
 * itself is a native `<progress>`, which screen readers read as a percentage when visited, so
 * it is not announced on every tick.
 */
export function ExportProgressView({ state }: { state: ExportRunState }) {
  const t = useT()
  const labelId = useId()
  return (
    <div className="export-progress">
      <p className="export-progress__step" role="status">
        {state.status === 'running' ? t(`export.step.${state.progress.step}`) : ''}
      </p>
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
      {state.status === 'done' && (
        <Alert data-color="success" data-size="sm">
          {t('export.done', { file: state.fileName })}
        </Alert>
      )}
      {state.status === 'cancelled' && (
        <Alert data-color="warning" data-size="sm">
          {t('export.cancelled')}
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert data-color="danger" data-size="sm">
          {t('export.failed')}
        </Alert>
      )}
    </div>
  )
}
