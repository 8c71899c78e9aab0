import { useT } from '@samkart/i18n/react'
import type { Touchpoint } from '@samkart/model'
import { CURVE_HEIGHT, EMOTION_SCALE, emotionCurve, emotionY } from './emotionCurve'

/** Props of {@link EmotionCurve}. */
export interface EmotionCurveProps {
  /** One entry per table column: its touchpoint, or `null` for an empty phase. */
  slots: readonly (Touchpoint | null)[]
}

/**
 * The feelings lane: a line through every touchpoint's emotion over the five steps of the
 * scale, whose words stand in the row header ({@link EmotionScale}). Positions are percentages
 * of the lane, so the curve follows the columns in the normal and the compact view alike.
 * Screen readers get the same values as a list of words, since a drawing alone says nothing.
 */
export function EmotionCurve({ slots }: EmotionCurveProps) {
  const t = useT()
  const curve = emotionCurve(slots.map((tp) => tp?.emotion ?? null))
  const word = (emotion: number) => t(`journey.emotion.${emotion}` as 'journey.emotion.0')
  const pc = (x: number) => `${x}%`
  return (
    <div className="journey-curve">
      <svg width="100%" height={CURVE_HEIGHT} aria-hidden="true" className="journey-curve__svg">
        {EMOTION_SCALE.map((step) => (
          <line
            key={step}
            x1="0"
            x2="100%"
            y1={emotionY(step)}
            y2={emotionY(step)}
            className={step === 0 ? 'journey-curve__zero' : 'journey-curve__step'}
          />
        ))}
        {curve.segments.map(({ from, to }) => (
          <line
            key={`${from.slot}-${to.slot}`}
            x1={pc(from.x)}
            y1={from.y}
            x2={pc(to.x)}
            y2={to.y}
            className="journey-curve__line"
          />
        ))}
        {curve.points.map((point) => {
          const tp = slots[point.slot]!
          return (
            <circle
              key={tp.id}
              cx={pc(point.x)}
              cy={point.y}
              r={6}
              className="journey-curve__point"
            >
              <title>
                {t('journey.emotion.point', { title: tp.title, emotion: word(point.emotion) })}
              </title>
            </circle>
          )
        })}
      </svg>
      <p className="ds-sr-only">{t('journey.emotion.scale')}</p>
      <ul className="ds-sr-only">
        {slots.map(
          (tp) =>
            tp && (
              <li key={tp.id}>
                {t('journey.emotion.point', { title: tp.title, emotion: word(tp.emotion) })}
              </li>
            ),
        )}
      </ul>
    </div>
  )
}
