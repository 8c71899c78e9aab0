import { useT } from '@samkart/i18n/react'
import type { ActorCategory } from '@samkart/model'
import { ViewportPortal } from '@xyflow/react'
import { CategoryTag } from './CategoryTag'
import { MATRIX_HEIGHT, MATRIX_WIDTH } from '@samkart/layout'
import './matrixBackground.css'

/**
 * The four cells in reading order (top-left, top-right, bottom-left, bottom-right), as in the
 * source table: rows are importance high/low, columns substitutability high/low.
 */
const CELLS: { key: string; category: ActorCategory }[] = [
  { key: 'high-high', category: 'moderat' },
  { key: 'high-low', category: 'viktig' },
  { key: 'low-high', category: 'lav' },
  { key: 'low-low', category: 'moderat' },
]

/** A cell's category and what it means for how the work treats the actors in it. */
function CellLabel({ category, align }: { category: ActorCategory; align: 'start' | 'end' }) {
  const t = useT()
  return (
    <div className="samkart-matrix__cell-label" data-align={align}>
      <CategoryTag category={category} />
      <span className="samkart-matrix__cell-meaning">{t(`matrix.meaning.${category}`)}</span>
    </div>
  )
}

/**
 * The matrix drawn behind the cards, in flow coordinates so it pans and zooms with them: four
 * tinted cells, each labelled with its category and what that means for engagement, and the two
 * axis titles with their high and low ends. The labels sit in a narrow margin above and below the
 * cells: the placement keeps every card inside its cell, so none can cover them. Purely
 * visual; the cards carry their category in text, and the page describes the layout.
 */
export function MatrixBackground() {
  const t = useT()
  const high = t('matrix.axis.high')
  const low = t('matrix.axis.low')
  return (
    <ViewportPortal>
      <div className="samkart-matrix" style={{ width: MATRIX_WIDTH, height: MATRIX_HEIGHT }}>
        {CELLS.map((cell) => (
          <div key={cell.key} className="samkart-matrix__cell" data-category={cell.category} />
        ))}
        <div className="samkart-matrix__labels samkart-matrix__labels--top">
          <CellLabel category={CELLS[0]!.category} align="start" />
          <CellLabel category={CELLS[1]!.category} align="end" />
        </div>
        <div className="samkart-matrix__labels samkart-matrix__labels--bottom">
          <CellLabel category={CELLS[2]!.category} align="start" />
          <div className="samkart-matrix__axis samkart-matrix__axis--x">
            <span>← {high}</span>
            <strong>{t('matrix.axis.substitutability')}</strong>
            <span>{low} →</span>
          </div>
          <CellLabel category={CELLS[3]!.category} align="end" />
        </div>
        <div className="samkart-matrix__axis samkart-matrix__axis--y">
          <span>{high}</span>
          <strong>{t('matrix.axis.importance')}</strong>
          <span>{low}</span>
        </div>
      </div>
    </ViewportPortal>
  )
}
