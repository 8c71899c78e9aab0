import { Button, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { readEntity } from '@samkart/model'
import { useActorMap } from '../ActorMapContext'
import { OpenCommentsButton } from '../comments/OpenCommentsButton'
import { useReadOnly } from '../readOnly/ReadOnlyContext'
import { useSelection } from '../selection/useSelection'
import type { RelationFlowEdge } from './relationEdges'
import { relationName } from './relationName'
import { RELATION_STYLES } from './relationStyle'

/**
 * A small bar over the canvas for the selected relation: what it is, and buttons to edit or
 * delete it. Shown while a relation is selected (by click, or by focusing it with Tab).
 */
export function SelectedRelationBar({ edges }: { edges: readonly RelationFlowEdge[] }) {
  const t = useT()
  const { doc, selection, openRelationDialog, deleteRelation } = useActorMap()
  const { relation: id } = useSelection(selection)
  const readOnly = useReadOnly()
  const edge = id ? edges.find((e) => e.id === id) : undefined
  if (!id || !edge?.data || !readEntity(doc, 'relation', id)) return null
  const name = relationName(t, edge.data)
  return (
    <section className="samkart-relation-bar" aria-label={t('relation.selected')}>
      <span
        className="samkart-relation-bar__swatch"
        style={{ background: RELATION_STYLES[edge.data.type].color }}
        aria-hidden="true"
      />
      <Paragraph data-size="sm" className="samkart-relation-bar__name">
        {name}
      </Paragraph>
      <OpenCommentsButton kind="relation" id={id} />
      {!readOnly && (
        <>
          <Button
            data-size="sm"
            variant="secondary"
            onClick={() => openRelationDialog({ kind: 'edit', id })}
          >
            {t('relation.edit')}
          </Button>
          <Button
            data-size="sm"
            variant="tertiary"
            data-color="danger"
            onClick={() => deleteRelation(id)}
            aria-label={`${t('relation.deleteLong')}: ${name}`}
          >
            {t('relation.delete')}
          </Button>
        </>
      )}
    </section>
  )
}
