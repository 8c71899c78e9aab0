import { useT } from '@samkart/i18n/react'
import type { Result } from '@samkart/model'
import { CommitTextfield } from './CommitTextfield'
import { parsePercent, toPercent } from './percent'

/** Props of {@link PercentField}. */
export interface PercentFieldProps {
  label: string
  /** The score, 0..1. */
  value: number
  /** Receives the new score, 0..1. */
  onCommit: (value: number) => Result<unknown>
}

/**
 * A 0..1 score edited as a whole percentage (0–100 %), committed like any text field. The
 * range is checked here so the message speaks in percent, not in the model's 0..1.
 */
export function PercentField({ label, value, onCommit }: PercentFieldProps) {
  const t = useT()
  return (
    <CommitTextfield
      label={label}
      value={toPercent(value)}
      inputMode="numeric"
      suffix="%"
      validate={(text) => (parsePercent(text) === null ? t('details.percentRange') : null)}
      onCommit={(text) => onCommit(parsePercent(text) ?? 0)}
    />
  )
}
