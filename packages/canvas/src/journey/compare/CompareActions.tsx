import { Button } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { Journey } from '@samkart/model'
import { useReadOnly } from '../../readOnly/ReadOnlyContext'

/** Props of {@link CompareActions}. */
export interface CompareActionsProps {
  journey: Journey
  /** The journey it is linked with, if that still exists. */
  counterpart: Journey | undefined
  onCompare: () => void
  onCreateToBe: () => void
}

/**
 * The journey header's way to the comparison: «Sammenlign» when the journey has a counterpart,
 * else «Lag ønsket reise» for those who may edit (a viewer has nothing to compare yet).
 */
export function CompareActions({
  journey,
  counterpart,
  onCompare,
  onCreateToBe,
}: CompareActionsProps) {
  const t = useT()
  const readOnly = useReadOnly()
  if (counterpart)
    return (
      <Button
        data-size="sm"
        variant="secondary"
        onClick={onCompare}
        data-focus="compare-open"
        aria-label={t('journeyCompare.open.label', { title: counterpart.title })}
      >
        {t('journeyCompare.open')}
      </Button>
    )
  if (readOnly) return null
  return (
    <Button
      data-size="sm"
      variant="secondary"
      onClick={onCreateToBe}
      title={t('journeyCompare.create.label', { title: journey.title })}
    >
      {t('journeyCompare.create')}
    </Button>
  )
}
