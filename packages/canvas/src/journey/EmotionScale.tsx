import { useT } from '@samkart/i18n/react'
import { CURVE_HEIGHT, EMOTION_SCALE, emotionY } from './emotionCurve'

/**
 * The feelings lane's row header: the lane's name, then the scale's five steps, each with its
 * number and word («+2 Svært positiv» … «−2 Svært negativ») at the height of its line in the
 * curve. It sits in the sticky first column, so the scale stays readable however far the
 * journey is scrolled. Hidden from screen readers, which hear the words with each point.
 */
export function EmotionScale({ lane }: { lane: string }) {
  const t = useT()
  return (
    <div className="journey-scale" style={{ height: CURVE_HEIGHT }}>
      <span className="journey-scale__lane">{lane}</span>
      <span aria-hidden="true">
        {EMOTION_SCALE.map((step) => (
          <span key={step} className="journey-scale__step" style={{ top: emotionY(step) }}>
            <span className="journey-scale__word">{t(`journey.emotion.${step}`)}</span>
            <span className="journey-scale__number">{signed(step)}</span>
          </span>
        ))}
      </span>
    </div>
  )
}

/** A step as printed on the scale: a plus sign for the positive ones, a real minus sign. */
function signed(step: number): string {
  return step > 0 ? `+${step}` : step < 0 ? `\u2212${-step}` : '0'
}
