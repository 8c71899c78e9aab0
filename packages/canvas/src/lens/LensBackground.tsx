import { useT } from '@samkart/i18n/react'
import { ViewportPortal } from '@xyflow/react'
import { MATRIX_HEIGHT as LENS_HEIGHT, MATRIX_WIDTH as LENS_WIDTH } from '@samkart/layout'
import { LENS_TRAY } from './lensTray'

/** The quadrants in reading order: influence high/low by rows, interest low/high by columns. */
const QUADRANTS = [
  { key: 'satisfy', tint: 'warning' },
  { key: 'manage', tint: 'accent' },
  { key: 'monitor', tint: 'none' },
  { key: 'inform', tint: 'none' },
] as const

/**
 * The interest × influence plane behind the cards, in flow coordinates: four labelled quadrants
 * (the classic stakeholder grid) and the axis titles, and, while some actors are not placed on
 * it yet, their tray to its left. Purely visual; the page describes it.
 */
export function LensBackground({ tray = false }: { tray?: boolean }) {
  const t = useT()
  return (
    <ViewportPortal>
      {tray && (
        <div
          className="samkart-lens-tray"
          style={{
            left: LENS_TRAY.x,
            top: LENS_TRAY.y,
            width: LENS_TRAY.width,
            height: LENS_TRAY.height,
          }}
        >
          <span className="samkart-lens-tray__label">{t('lens.tray')}</span>
        </div>
      )}
      <div
        className="samkart-matrix samkart-lens"
        style={{ width: LENS_WIDTH, height: LENS_HEIGHT }}
      >
        {QUADRANTS.map((q) => (
          <div key={q.key} className="samkart-matrix__cell" data-tint={q.tint}>
            <span className="samkart-matrix__cell-label">{t(`lens.quadrant.${q.key}`)}</span>
          </div>
        ))}
        <div className="samkart-matrix__axis samkart-matrix__axis--y">
          <span>{t('matrix.axis.high')}</span>
          <strong>{t('lens.axis.influence')}</strong>
          <span>{t('matrix.axis.low')}</span>
        </div>
        <div className="samkart-matrix__axis samkart-matrix__axis--x samkart-lens__axis--x">
          <span>← {t('matrix.axis.low')}</span>
          <strong>{t('lens.axis.interest')}</strong>
          <span>{t('matrix.axis.high')} →</span>
        </div>
      </div>
    </ViewportPortal>
  )
}
