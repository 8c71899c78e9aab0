import { useT } from '@samkart/i18n/react'
import { CommentCountNote } from '../comments/CommentBadge'
import { SelectedByNote } from '../presence/SelectedByNote'
import { ConnectHandles } from '../relations/ConnectHandles'
import { type ActorNodeData, cardLabelIds } from './actorNodes'

/** Props of {@link FarCard}. */
export interface FarCardProps {
  id: string
  data: ActorNodeData
  /** Level, strategy and touchpoints, as the full card describes them. */
  description: string
}

/**
 * An actor card seen from far away (see `FAR_ZOOM`): a block in its category's colour, with
 * nothing drawn inside. What a screen reader hears is the full card's (name and category, then
 * level and strategy, under the same ids); the name also shows on hover.
 */
export function FarCard({ id, data, description }: FarCardProps) {
  const t = useT()
  const ids = cardLabelIds(id)
  return (
    <div
      className="samkart-card"
      data-far=""
      data-category={data.category}
      title={data.shortName ? `${data.name} (${data.shortName})` : data.name}
    >
      <span id={ids.name} className="samkart-visually-hidden">
        {data.shortName || data.name}
      </span>
      <span id={ids.category} className="samkart-visually-hidden">
        {t(`category.${data.category}`)}
      </span>
      <span id={ids.meta} className="samkart-visually-hidden">
        {description}
        <SelectedByNote id={id} />
        <CommentCountNote kind="actor" id={id} />
      </span>
      <ConnectHandles />
    </div>
  )
}
