import { useT } from '@samkart/i18n/react'
import type { ActorCategory } from '@samkart/model'
import { ViewportPortal } from '@xyflow/react'
import { MATRIX_HEIGHT, MATRIX_WIDTH } from './matrixGeometry'

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

/**
 * The matrix drawn behind the cards, in flow coordinates so it pans and zooms with them: four
 * labelled cells and the two axis titles with their high and low ends. Purely visual; the cards
 * carry their category in text, and the page describes the layout.
 */
export function MatrixBackground() {
  const t = useT()
  const high = t('matrix.axis.high')
  const low = t('matrix.axis.low')
  return (
    <ViewportPortal>
      <div className="samkart-matrix" style={{ width: MATRIX_WIDTH, height: MATRIX_HEIGHT }}>
        {CELLS.map((cell) => (
          <div key={cell.key} className="samkart-matrix__cell" data-category={cell.category}>
            <span className="samkart-matrix__cell-label">{t(`category.${cell.category}`)}</span>
          </div>
        ))}
        <div className="samkart-matrix__axis samkart-matrix__axis--y">
          <span>{high}</span>
          <strong>{t('matrix.axis.importance')}</strong>
          <span>{low}</span>
        </div>
        <div className="samkart-matrix__axis samkart-matrix__axis--x">
          <span>{high}</span>
          <strong>{t('matrix.axis.substitutability')}</strong>
          <span>{low}</span>
        </div>
      </div>
    </ViewportPortal>
  )
}
