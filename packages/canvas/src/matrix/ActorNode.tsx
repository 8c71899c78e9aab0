import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { type ActorFlowNode, cardLabelIds } from './actorNodes'
import { CategoryTag } from './CategoryTag'

/**
 * One actor card: its name and its category. Memoised, and given only `data` that changes when
 * the name or category does, so dragging or remote moves do not re-render the content.
 * The wrapper React Flow draws around it is the focusable element; its accessible name is
 * this card's name and category (see `actorNode`'s `aria-labelledby`).
 */
function ActorNodeView({ id, data, selected }: NodeProps<ActorFlowNode>) {
  const ids = cardLabelIds(id)
  return (
    <div className="samkart-card" data-category={data.category} data-selected={selected}>
      <span id={ids.name} className="samkart-card__name">
        {data.name}
      </span>
      <CategoryTag id={ids.category} category={data.category} />
    </div>
  )
}

/** The React Flow node component for actors (`type: 'actor'`). */
export const ActorNode = memo(ActorNodeView)
