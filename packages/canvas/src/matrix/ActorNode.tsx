import { useT } from '@samkart/i18n/react'
import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { CommentBadge, CommentCountNote } from '../comments/CommentBadge'
import { SelectedByNote } from '../presence/SelectedByNote'
import { ConnectHandles } from '../relations/ConnectHandles'
import { type ActorFlowNode, cardLabelIds } from './actorNodes'
import { CardCategory } from './CardCategory'
import { CategoryIcon } from './CategoryTag'
import { LevelIcon } from './LevelIcon'
import { StrategyIcon } from './StrategyIcon'
import { FarCard } from './FarCard'
import { useFarCards } from './farCards'
import { cardNameFit } from './cardNameFit'
import './actorCard.css'

/**
 * One actor card: its name (or short name) over its category's shape, its level, its strategy as
 * an icon and how many touchpoints it owns; a name too long for its line is set a little smaller
 * or on two lines (`cardNameFit`). The card has the fixed size the placement counts with
 * (`CARD_FULL`); in a crowded cell it is a compact chip (`CARD_COMPACT`) with only the category
 * mark and the name, which opens to the full card on hover, focus and selection. Memoised, and given only `data` that changes when one of
 * those does, so dragging or remote moves do not re-render the content. The wrapper React Flow draws around it is the
 * focusable element; its accessible name is the name and category (`aria-labelledby`), and its
 * description the level, strategy and touchpoint count, and who else has it selected
 * (`aria-describedby`, see `actorNode`). Zoomed far out it is a {@link FarCard}.
 */
function ActorNodeView({ id, data, selected }: NodeProps<ActorFlowNode>) {
  const t = useT()
  const ids = cardLabelIds(id)
  const level = t(`level.${data.level}`)
  const strategy = t(`strategy.${data.strategy || 'none'}`)
  const touchpoints =
    data.touchpoints === 0 ? null : t('actorCard.touchpoints', { count: data.touchpoints })
  // Zoomed far out, a block; the selected card stays whole, so the one being worked on shows.
  const far = useFarCards() && !selected
  if (far)
    return (
      <FarCard
        id={id}
        data={data}
        description={`${t('card.description', { level, strategy })}${touchpoints ? ` ${touchpoints}.` : ''}`}
      />
    )
  const name = data.shortName || data.name
  const nameFit = cardNameFit(name)
  return (
    <>
      {/* Beside the card, not in it: the card clips what overflows its fixed size. */}
      <CommentBadge kind="actor" id={id} silent />
      <div
        className="samkart-card"
        data-category={data.category}
        data-level={data.level}
        data-selected={selected}
        data-compact={data.compact || undefined}
        data-name-fit={nameFit.kind === 'line' ? undefined : nameFit.kind}
        title={data.shortName && data.shortName !== data.name ? data.name : undefined}
      >
        <span className="samkart-card__title">
          {/* The category's shape where the chip has no room for its meta line (seen, not heard). */}
          <span className="samkart-card__mark" aria-hidden="true">
            <CategoryIcon category={data.category} />
          </span>
          <span
            id={ids.name}
            className="samkart-card__name"
            // A chip has its own width; its name ends in … there.
            style={
              nameFit.kind === 'shrunk' && !data.compact ? { fontSize: nameFit.size } : undefined
            }
          >
            {name}
          </span>
        </span>
        <span className="samkart-card__meta">
          <CardCategory id={ids.category} category={data.category} />
          {/* Seen here; heard through the description below. */}
          <span className="samkart-card__level" aria-hidden="true">
            <LevelIcon level={data.level} />
            <span className="samkart-card__level-name">{level}</span>
          </span>
          {data.strategy && <StrategyIcon strategy={data.strategy} label={strategy} />}
          {touchpoints && (
            <span className="samkart-card__touchpoints" aria-hidden="true" title={touchpoints}>
              {data.touchpoints}
            </span>
          )}
        </span>
        <span id={ids.meta} className="samkart-visually-hidden">
          {t('card.description', { level, strategy })}
          {touchpoints && ` ${touchpoints}.`}
          {/* Its own component: others' selections change without re-rendering the card. */}
          <SelectedByNote id={id} />
          <CommentCountNote kind="actor" id={id} />
        </span>
        <ConnectHandles />
      </div>
    </>
  )
}

/** The React Flow node component for actors (`type: 'actor'`). */
export const ActorNode = memo(ActorNodeView)
