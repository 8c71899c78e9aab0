import { Tag } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { ActorCategory } from '@samkart/model'
import type { CSSProperties } from 'react'
import { iconMask } from './iconMask'
import './icon.css'

/** Designsystemet colour per category: strong for «Viktig», warm for «Moderat», quiet for «Lav». */
const COLORS: Record<ActorCategory, string> = {
  viktig: 'accent',
  moderat: 'warning',
  lav: 'neutral',
}

const RING = '<circle cx="5" cy="5" r="4" fill="none" stroke="black" stroke-width="1.5"/>'
/** Full, half and empty circle, in a 10×10 box. */
const SHAPES: Record<ActorCategory, CSSProperties> = {
  viktig: iconMask(10, `${RING}<circle cx="5" cy="5" r="4"/>`),
  moderat: iconMask(10, `${RING}<path d="M5 1 A4 4 0 0 1 5 9 Z"/>`),
  lav: iconMask(10, RING),
}

/**
 * A category shape that survives greyscale and colour blindness: full, half and empty circle.
 * The category is also written out, so colour is never the only cue (WCAG 1.4.1).
 */
export function CategoryIcon({ category }: { category: ActorCategory }) {
  return (
    <span
      className="samkart-icon samkart-category-icon"
      data-category={category}
      aria-hidden="true"
      style={SHAPES[category]}
    />
  )
}

/** Props of {@link CategoryTag}. */
export interface CategoryTagProps {
  category: ActorCategory
  /** Lets a card use the tag as part of its accessible name. */
  id?: string
}

/** The actor's category («Viktig», «Moderat», «Lav») as a coloured tag with an icon and text. */
export function CategoryTag({ category, id }: CategoryTagProps) {
  const t = useT()
  return (
    <Tag id={id} data-color={COLORS[category]} data-size="sm" className="samkart-category">
      <CategoryIcon category={category} />
      {t(`category.${category}`)}
    </Tag>
  )
}
