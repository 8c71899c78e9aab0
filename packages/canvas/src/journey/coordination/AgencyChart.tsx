import type { PhaseRow } from './coordinationSummary'

const ROW = 30
const LABEL_WIDTH = 170
const BAR_MAX = 120
const LABEL_CHARS = 24

/**
 * Agencies per phase as horizontal bars, each labelled with the phase and the count in text so
 * no colour is needed to read it. Hidden from assistive technology: the table beside it says the
 * same, cell by cell.
 */
export function AgencyChart({ phases }: { phases: readonly PhaseRow[] }) {
  const max = Math.max(1, ...phases.map((p) => p.agencies))
  return (
    <svg
      className="samkart-coordination__chart"
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${LABEL_WIDTH + BAR_MAX + 30} ${Math.max(1, phases.length) * ROW}`}
      width="100%"
    >
      {phases.map((phase, i) => {
        const width = Math.max((phase.agencies / max) * BAR_MAX, 2)
        const y = i * ROW
        const label =
          phase.title.length > LABEL_CHARS
            ? `${phase.title.slice(0, LABEL_CHARS - 1)}…`
            : phase.title
        return (
          <g key={phase.phaseId}>
            <text x="0" y={y + ROW / 2} dominantBaseline="middle" className="samkart-chart__label">
              {label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 6}
              width={width}
              height={ROW - 12}
              rx="3"
              className="samkart-coordination__bar"
            />
            <text
              x={LABEL_WIDTH + width + 6}
              y={y + ROW / 2}
              dominantBaseline="middle"
              className="samkart-chart__count"
            >
              {phase.agencies}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
