import type { ActorFlowNode } from '../matrix/actorNodes'
import { CategoryTag } from '../matrix/CategoryTag'

/** Props of {@link ActorList}. */
export interface ActorListProps {
  /** Already in display order. */
  nodes: ActorFlowNode[]
  onSelect: (id: string) => void
}

/** Every actor as a button that selects and focuses its card. */
export function ActorList({ nodes, onSelect }: ActorListProps) {
  return (
    <ul className="samkart-actor-list">
      {nodes.map((node) => (
        <li key={node.id}>
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
