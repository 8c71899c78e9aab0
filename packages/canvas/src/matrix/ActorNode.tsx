import { useT } from '@samkart/i18n/react'
import { Handle, type NodeProps, Position } from '@xyflow/react'
import { memo } from 'react'
import { SelectedByNote } from '../presence/SelectedByNote'
import { type ActorFlowNode, cardLabelIds } from './actorNodes'
import { CategoryTag } from './CategoryTag'
import { LevelIcon } from './LevelIcon'
import { StrategyIcon } from './StrategyIcon'
import './actorCard.css'

/**
 * One actor card: its name (or short name), its category, its level and strategy as small icons,
 * and how many touchpoints it owns. Memoised, and given only `data` that changes when one of
 * those does, so dragging or remote moves do not re-render the content. The wrapper React Flow draws around it is the
 * focusable element; its accessible name is the name and category (`aria-labelledby`), and its
 * description the level, strategy and touchpoint count, and who else has it selected
 * (`aria-describedby`, see `actorNode`).
 */
function ActorNodeView({ id, data, selected }: NodeProps<ActorFlowNode>) {
  const t = useT()
  const ids = cardLabelIds(id)
  const level = t(`level.${data.level}`)
  const strategy = t(`strategy.${data.strategy || 'none'}`)
  const touchpoints =
    data.touchpoints === 0
      ? null
      : data.touchpoints === 1
        ? t('actorCard.touchpoints.one')
        : t('actorCard.touchpoints', { count: data.touchpoints })
  return (
    <div
      className="samkart-card"
      data-category={data.category}
      data-level={data.level}
      data-selected={selected}
    >
      <span id={ids.name} className="samkart-card__name">
        {data.shortName || data.name}
      </span>
      <span className="samkart-card__meta">
        <CategoryTag id={ids.category} category={data.category} />
        {/* Seen here; heard through the description below. */}
        <span className="samkart-card__level" aria-hidden="true">
          <LevelIcon level={data.level} />
          {level}
        </span>
        {data.strategy && <StrategyIcon strategy={data.strategy} label={strategy} />}
        {touchpoints && (
          <span className="samkart-card__touchpoints" aria-hidden="true">
            {touchpoints}
          </span>
        )}
      </span>
      <span id={ids.meta} className="samkart-visually-hidden">
        {t('card.description', { level, strategy })}
        {touchpoints && ` ${touchpoints}.`}
        {/* Its own component: others' selections change without re-rendering the card. */}
        <SelectedByNote id={id} />
      </span>
      <Handle type="source" position={Position.Right} className="samkart-handle" />
      <Handle type="target" position={Position.Left} className="samkart-handle" />
    </div>
  )
}

/** The React Flow node component for actors (`type: 'actor'`). */
export const ActorNode = memo(ActorNodeView)
