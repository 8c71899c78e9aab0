import { useT } from '@samkart/i18n/react'
import type { Touchpoint } from '@samkart/model'
import { useId } from 'react'
import { CURVE_HEIGHT, emotionCurve, emotionY } from './emotionCurve'

/** Props of {@link EmotionCurve}. */
export interface EmotionCurveProps {
  /** One entry per table column: its touchpoint, or `null` for an empty phase. */
  slots: readonly (Touchpoint | null)[]
}

/**
 * The feelings lane: a line through every touchpoint's emotion, −2 at the bottom to +2 at the
 * top, with each point named in a `<title>`. Screen readers get the same values as a list, since
 * a drawing alone says nothing to them.
 */
export function EmotionCurve({ slots }: EmotionCurveProps) {
  const t = useT()
  const titleId = useId()
  const curve = emotionCurve(slots.map((tp) => tp?.emotion ?? null))
  const touchpoints = slots.filter((tp): tp is Touchpoint => tp !== null)
  const word = (emotion: number) => t(`journey.emotion.${emotion}` as 'journey.emotion.0')
  return (
    <div className="journey-curve">
      <svg
        width={curve.width}
        height={CURVE_HEIGHT}
        viewBox={`0 0 ${curve.width} ${CURVE_HEIGHT}`}
        aria-hidden="true"
        className="journey-curve__svg"
      >
        <title id={titleId}>{t('journey.emotion.curve')}</title>
        <line
          x1={0}
          x2={curve.width}
          y1={emotionY(0)}
          y2={emotionY(0)}
          className="journey-curve__zero"
        />
        <path d={curve.path} className="journey-curve__line" />
        {curve.points.map((point, i) => (
          <circle
            key={touchpoints[i]!.id}
            cx={point.x}
            cy={point.y}
            r={6}
            className="journey-curve__point"
          >
            <title>
              {t('journey.emotion.point', {
                title: touchpoints[i]!.title,
                emotion: word(point.emotion),
              })}
            </title>
          </circle>
        ))}
      </svg>
      <ul className="ds-sr-only">
        {touchpoints.map((tp) => (
          <li key={tp.id}>
            {t('journey.emotion.point', { title: tp.title, emotion: word(tp.emotion) })}
          </li>
        ))}
      </ul>
    </div>
  )
}
