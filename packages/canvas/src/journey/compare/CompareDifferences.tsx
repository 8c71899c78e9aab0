import { useT } from '@samkart/i18n/react'
import type { CompareDifference } from '@samkart/model'
import { differenceText } from './differenceText'

/** Props of {@link CompareDifferences}. */
export interface CompareDifferencesProps {
  differences: readonly CompareDifference[]
  actorName: (id: string) => string
  /** In a row (the summary above the table) instead of a column. */
  inline?: boolean
  /** Names the list (the summary's «Hele reisen»). */
  label?: string
}

/**
 * The differences of a compare row as a list of sentences, each marked better, worse or
 * neutral by colour and an arrow, and by its words too («2 færre, bedre»).
 */
export function CompareDifferences({
  differences,
  actorName,
  inline = false,
  label,
}: CompareDifferencesProps) {
  const t = useT()
  if (differences.length === 0)
    return <p className="compare-diffs__none">{t('journeyCompare.diff.none')}</p>
  return (
    <ul className={`compare-diffs${inline ? ' compare-diffs--inline' : ''}`} aria-label={label}>
      {differences.map((difference, i) => {
        const line = differenceText(difference, t, actorName)
        return (
          <li key={i} className={`compare-diff compare-diff--${line.tone}`}>
            <span aria-hidden="true" className="compare-diff__mark">
              {line.tone === 'better' ? '▼' : line.tone === 'worse' ? '▲' : '•'}
            </span>
            {line.text}
          </li>
        )
      })}
    </ul>
  )
}
