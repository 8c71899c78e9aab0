import { Heading, Paragraph } from '@digdir/designsystemet-react'
import { useT } from '@samkart/i18n/react'
import { ReactFlowProvider } from '@xyflow/react'
import { useCallback, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import '@xyflow/react/dist/style.css'
import './canvas.css'
import { createActorActions } from './actions/actorActions'
import { ActorPanel, type ActorPanelHandle } from './actors/ActorPanel'
import { AddActorButton } from './actors/AddActorButton'
import { useDuplicateActor } from './actors/useDuplicateActor'
import { RenameActorDialog } from './actors/RenameActorDialog'
import { useActorNodes } from './hooks/useActorNodes'
import { useAnnouncer } from './hooks/useAnnouncer'
import { useCardFocus } from './hooks/useCardFocus'
import { useMatrixNodesChange } from './hooks/useMatrixNodesChange'
import { MatrixCanvas } from './matrix/MatrixCanvas'

/** Props of {@link ActorMapView}. */
export interface ActorMapViewProps {
  /** The board's document. The view reads and writes it; connecting is the app's job. */
  doc: Y.Doc
}

/**
 * The aktørkart view: heading, «Legg til aktør», the matrix canvas and the side panel. Holds
 * only view state (which card is being renamed); everything about actors lives in the document.
 */
export function ActorMapView({ doc }: ActorMapViewProps) {
  return (
    <ReactFlowProvider>
      <ActorMap doc={doc} />
    </ReactFlowProvider>
  )
}

function ActorMap({ doc }: ActorMapViewProps) {
  const t = useT()
  // One origin per mounted view (per tab): marks our own edits for a future undo manager.
  const actions = useMemo(() => createActorActions(doc, Symbol('samkart-local')), [doc])
  const [nodes, setNodes] = useActorNodes(doc, t('actor.roleDescription'))
  const onNodesChange = useMatrixNodesChange(setNodes, actions)
  const [renamingId, setRenamingId] = useState<string | null>(null)
  const { message, announce } = useAnnouncer()
  const canvasRef = useRef<HTMLDivElement>(null)
  const focusCard = useCardFocus(canvasRef, setNodes)
  const closeRename = useCallback(() => setRenamingId(null), [])
  const panelRef = useRef<ActorPanelHandle>(null)
  const duplicateActor = useDuplicateActor(doc, actions, focusCard, announce)

  const deleteActor = useCallback(
    (id: string) => {
      const name = nodes.find((node) => node.id === id)?.data.name ?? ''
      if (!actions.remove(id).ok) return
      announce(t('actor.deleted', { name }))
      canvasRef.current?.focus()
    },
    [actions, announce, nodes, t],
  )

  return (
    <section className="samkart-actor-map" aria-labelledby="samkart-actor-map-heading">
      <div className="samkart-actor-map__toolbar">
        <div className="samkart-actor-map__intro">
          <Heading id="samkart-actor-map-heading" level={2} data-size="xs">
            {t('matrix.heading')}
          </Heading>
          <Paragraph data-size="sm">{t('matrix.description')}</Paragraph>
        </div>
        <AddActorButton actions={actions} onAdded={focusCard} />
      </div>
      <div className="samkart-actor-map__body">
        <MatrixCanvas
          doc={doc}
          nodes={nodes}
          setNodes={setNodes}
          onNodesChange={onNodesChange}
          actions={actions}
          onRename={setRenamingId}
          announce={announce}
          containerRef={canvasRef}
        />
        <ActorPanel
          ref={panelRef}
          doc={doc}
          actions={actions}
          nodes={nodes}
          onSelect={focusCard}
          onDelete={deleteActor}
          onDuplicate={duplicateActor}
        />
      </div>
      <RenameActorDialog doc={doc} actions={actions} actorId={renamingId} onClose={closeRename} />
      <div className="samkart-visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </section>
  )
}
