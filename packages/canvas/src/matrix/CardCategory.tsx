import { useT } from '@samkart/i18n/react'
import type { ActorCategory } from '@samkart/model'
import { CategoryIcon } from './CategoryTag'

/** Props of {@link CardCategory}. */
export interface CardCategoryProps {
  category: ActorCategory
  /** The card names itself by this element's text (`aria-labelledby`). */
  id: string
}

/**
 * The category on an actor card's meta line: its shape only (full, half or empty circle), with
 * the word for screen readers and as the hover title. A written-out tag took 65–95 of the
 * line's 164 units, which cut the level («Kommu», «Hels») on every card with a touchpoint
 * count. Before the name it would cost the name 20 units («Statsforvalteren» no longer fits).
 * The shapes are keyed by the matrix's cell labels and by the map's legend.
 */
export function CardCategory({ category, id }: CardCategoryProps) {
  const t = useT()
  const word = t(`category.${category}`)
  return (
    <span className="samkart-card__category" title={word}>
      <CategoryIcon category={category} />
      <span id={id} className="samkart-visually-hidden">
        {word}
      </span>
    </span>
  )
}
