import { memo, useState } from 'react'
import { Button, Checkbox } from '@digdir/designsystemet-react'
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
 * Rows drawn at first, and added per «Vis flere». A board of 3,000 actors drew 18,000 elements
 * for its list, a third of the page; a workshop board has far fewer than this, and on a big one
 * the search box above narrows the list faster than scrolling would.
 */
export const LIST_PAGE = 200

/**
 * Every actor as a button that selects and focuses its card, with a checkbox beside it to build
 * a selection of several without a mouse (the keyboard way to shift-click). Long lists come in
 * pages of {@link LIST_PAGE}, with a button for the next.
 */
function ActorListView({ nodes, onSelect, onToggle }: ActorListProps) {
  const t = useT()
  const [limit, setLimit] = useState(LIST_PAGE)
  const left = nodes.length - limit
  return (
    <>
      <ul className="samkart-actor-list">
        {nodes.slice(0, limit).map((node) => (
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
      {left > 0 && (
        <Button
          variant="tertiary"
          data-size="sm"
          className="samkart-actor-list__more"
          onClick={() => setLimit((n) => n + LIST_PAGE)}
        >
          {t('panel.showMore', { shown: Math.min(left, LIST_PAGE), left })}
        </Button>
      )}
    </>
  )
}

/** Memoised: the board re-renders on every pointer move of a drag; this only when its props change. */
export const ActorList = memo(ActorListView)
