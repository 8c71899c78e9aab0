import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import type { ActorFlowNode } from '../matrix/actorNodes'
import { CategoryTag } from '../matrix/CategoryTag'
import { positionToScores } from '../matrix/matrixGeometry'

/** Props of {@link ActorDetails}. */
export interface ActorDetailsProps {
  node: ActorFlowNode
  onRename: (id: string) => void
  onDelete: (id: string) => void
}

const percent = (value: number) => Math.round(value * 100)

/** The selected actor: name, category, scores, and the rename and delete buttons. */
export function ActorDetails({ node, onRename, onDelete }: ActorDetailsProps) {
  const t = useT()
  // The card's position is its scores (live during a drag, too).
  const scores = positionToScores(node.position)
  return (
    <div className="samkart-details">
      <Paragraph data-size="xs" className="samkart-details__eyebrow">
        {t('panel.selected')}
      </Paragraph>
      <Heading level={3} data-size="xs" className="samkart-details__name">
        {node.data.name}
      </Heading>
      <CategoryTag category={node.data.category} />
      <dl className="samkart-details__scores">
        <dt>{t('matrix.axis.importance')}</dt>
        <dd>{t('actor.percent', { value: percent(scores.importance) })}</dd>
        <dt>{t('matrix.axis.substitutability')}</dt>
        <dd>{t('actor.percent', { value: percent(scores.substitutability) })}</dd>
      </dl>
      <div className="samkart-details__actions">
        <Button variant="secondary" data-size="sm" onClick={() => onRename(node.id)}>
          {t('actor.rename')}
        </Button>
        <Button
          variant="tertiary"
          data-color="danger"
          data-size="sm"
          onClick={() => onDelete(node.id)}
        >
          {t('actor.delete')}
        </Button>
      </div>
    </div>
  )
}
