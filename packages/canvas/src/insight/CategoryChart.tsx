import { useT } from '@samkart/i18n/react'
import type { ActorCategory } from '@samkart/model'

const ORDER: ActorCategory[] = ['viktig', 'moderat', 'lav']
const ROW = 34
const LABEL_WIDTH = 96
const BAR_MAX = 150

/**
 * Actors per category as horizontal bars. Every bar is labelled with its category and count in
 * text, and the bars differ in length, so colour is never needed to read it; the whole chart
 * has one accessible name that says the same in words.
 */
export function CategoryChart({ counts }: { counts: Record<ActorCategory, number> }) {
  const t = useT()
  const max = Math.max(1, ...ORDER.map((c) => counts[c]))
  const summary = ORDER.map((c) => `${t(`category.${c}`)}: ${counts[c]}`).join(', ')
  return (
    <svg
      className="samkart-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_MAX + 40} ${ORDER.length * ROW}`}
      width="100%"
    >
      {ORDER.map((category, i) => {
        const width = (counts[category] / max) * BAR_MAX
        const y = i * ROW
        return (
          <g key={category} data-category={category}>
            <text x="0" y={y + ROW / 2} dominantBaseline="middle" className="samkart-chart__label">
              {t(`category.${category}`)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 6}
              width={Math.max(width, 2)}
              height={ROW - 12}
              rx="4"
              className="samkart-chart__bar"
            />
            <text
              x={LABEL_WIDTH + Math.max(width, 2) + 8}
              y={y + ROW / 2}
              dominantBaseline="middle"
              className="samkart-chart__count"
            >
              {counts[category]}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
