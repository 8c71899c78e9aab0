import { memo } from 'react'
import { Checkbox } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { NodeContent } from '../flow/nodeContent'
import type { ActorNodeData } from '../matrix/actorNodes'
import { CategoryTag } from '../matrix/CategoryTag'

/** Props of {@link ActorList}. */
export interface ActorListProps {
  /** Already in display order. */
  nodes: NodeContent<ActorNodeData>[]
  onSelect: (id: string) => void
  /** Adds an actor to or removes it from the selection, keeping the others (the checkbox). */
  onToggle: (id: string) => void
}

/**
 * Every actor as a button that selects and focuses its card, with a checkbox beside it to build
 * a selection of several without a mouse (the keyboard way to shift-click).
 */
function ActorListView({ nodes, onSelect, onToggle }: ActorListProps) {
  const t = useT()
  return (
    <ul className="samkart-actor-list">
      {nodes.map((node) => (
        <li key={node.id} className="samkart-actor-list__row">
          <Checkbox
            data-size="sm"
            className="samkart-actor-list__check"
            aria-label={t('selection.select', { name: node.data.name })}
            checked={Boolean(node.selected)}
            onChange={() => onToggle(node.id)}
          />
          <button
            type="button"
            className="samkart-actor-list__item"
            aria-current={node.selected ? 'true' : undefined}
            onClick={() => onSelect(node.id)}
          >
            <span className="samkart-actor-list__name">{node.data.name}</span>
            <CategoryTag category={node.data.category} />
          </button>
        </li>
      ))}
    </ul>
  )
}

/** Memoised: the board re-renders on every pointer move of a drag; this only when its props change. */
export const ActorList = memo(ActorListView)
