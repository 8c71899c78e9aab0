import { useT } from '@samkart/i18n/react'
import { COMPARE_FIGURES, type SideFigures, type Touchpoint } from '@samkart/model'

/** Props of {@link CompareSide}. */
export interface CompareSideProps {
  figures: SideFigures
  /** The phase's touchpoints in order; omitted for the whole journey. */
  touchpoints?: readonly Touchpoint[]
  actorName: (id: string) => string
}

/**
 * One side of a compare row: its coordination figures, then its touchpoints with whom the
 * family deals with at each. Figures come first so a row reads «3 virksomheter, 2
 * overleveringer» before the detail.
 */
export function CompareSide({ figures, touchpoints, actorName }: CompareSideProps) {
  const t = useT()
  return (
    <div className="compare-side">
      <ul className="compare-side__figures">
        {COMPARE_FIGURES.map((figure) => (
          <li key={figure} className={`compare-side__figure compare-side__figure--${figure}`}>
            {t(`journeyCompare.figure.${figure}`, { count: figures.counts[figure] })}
          </li>
        ))}
      </ul>
      {touchpoints &&
        (touchpoints.length === 0 ? (
          <p className="compare-side__empty">{t('journeyCompare.empty')}</p>
        ) : (
          <ol className="compare-side__touchpoints">
            {touchpoints.map((tp) => (
              <li key={tp.id}>
                <span className="compare-side__title">{tp.title}</span>
                <span className="compare-side__owners">
                  {tp.responsible.length === 0
                    ? t('journeyCompare.noOwner')
                    : tp.responsible.map(actorName).join(', ')}
                </span>
              </li>
            ))}
          </ol>
        ))}
    </div>
  )
}
