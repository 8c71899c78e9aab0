import { useT } from '@samkart/i18n/react'
import { ACTOR_CATEGORIES, RELATION_TYPES } from '@samkart/model'
import { useId, useState } from 'react'
import { CategoryIcon } from '../matrix/CategoryTag'
import { RELATION_STYLES } from '../relations/relationStyle'
import './legend.css'

/**
 * The key starts folded on small or short windows, where it would cover part of the map (or
 * cost the map its readable zoom); anyone can open it.
 */
const OPEN_FROM = { width: 700, height: 900 }
const openByDefault = () =>
  (globalThis.innerWidth ?? OPEN_FROM.width) >= OPEN_FROM.width &&
  (globalThis.innerHeight ?? OPEN_FROM.height) >= OPEN_FROM.height

/**
 * The map's key, floating over the canvas's lower left; it can be folded away. Two named
 * lists: each relation type's line and arrow next to its name, in views that draw relations
 * (`relations`; the PNG export reads these, see `pngLegend`), and the category shapes the cards
 * carry before their names (the matrix's cell labels show them too, the network and the lens
 * only here). Outside React Flow's `role="application"` area, so screen readers read it as
 * plain lists.
 */
export function MapLegend({ relations }: { relations: boolean }) {
  const t = useT()
  const headingId = useId()
  const relationsId = useId()
  const categoriesId = useId()
  const [open] = useState(openByDefault)
  return (
    <details className="samkart-legend" aria-labelledby={headingId} open={open} data-canvas-overlay>
      <summary id={headingId} className="samkart-legend__heading">
        {t('legend.heading')}
      </summary>
      {relations && (
        <div className="samkart-legend__group">
          <span id={relationsId} className="samkart-legend__group-name">
            {t('relation.legend')}
          </span>
          <ul className="samkart-legend__list" aria-labelledby={relationsId}>
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
        </div>
      )}
      <div className="samkart-legend__group">
        <span id={categoriesId} className="samkart-legend__group-name">
          {t('legend.categories')}
        </span>
        <ul className="samkart-legend__list" aria-labelledby={categoriesId}>
          {ACTOR_CATEGORIES.map((category) => (
            <li key={category} className="samkart-legend__item" data-category={category}>
              <CategoryIcon category={category} />
              <span>{t(`category.${category}`)}</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}
