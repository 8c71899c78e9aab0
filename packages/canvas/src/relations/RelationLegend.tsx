import { useT } from '@samkart/i18n/react'
import { RELATION_TYPES } from '@samkart/model'
import { useId, useState } from 'react'
import { RELATION_STYLES } from './relationStyle'

/**
 * The key starts folded on small or short windows, where it would cover part of the map (or
 * cost the map its readable zoom); anyone can open it.
 */
const OPEN_FROM = { width: 700, height: 900 }
const openByDefault = () =>
  (globalThis.innerWidth ?? OPEN_FROM.width) >= OPEN_FROM.width &&
  (globalThis.innerHeight ?? OPEN_FROM.height) >= OPEN_FROM.height

/**
 * The key to the relation lines: a short sample of each type's line and arrow next to its name,
 * floating over the canvas's lower left; it can be folded away. Outside React Flow's
 * `role="application"` area, so screen readers read it as a plain list.
 */
export function RelationLegend() {
  const t = useT()
  const headingId = useId()
  const [open] = useState(openByDefault)
  return (
    <details className="samkart-legend" aria-labelledby={headingId} open={open} data-canvas-overlay>
      <summary id={headingId} className="samkart-legend__heading">
        {t('relation.legend')}
      </summary>
      <ul className="samkart-legend__list">
        {RELATION_TYPES.map((type) => {
          const style = RELATION_STYLES[type]
          return (
            <li key={type} className="samkart-legend__item" data-relation-type={type}>
              <svg width="36" height="12" viewBox="0 0 44 12" aria-hidden="true">
                <line
                  x1="1"
                  y1="6"
                  x2="34"
                  y2="6"
                  stroke={style.color}
                  strokeWidth="3"
                  strokeDasharray={style.dash}
                  strokeLinecap={style.linecap}
                />
                <path d="M33,1 L43,6 L33,11 z" fill={style.color} />
              </svg>
              <span>{t(`relation.type.${type}`)}</span>
            </li>
          )
        })}
      </ul>
    </details>
  )
}
