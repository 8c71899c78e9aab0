import { useT } from '@samkart/i18n/react'
import { entityRoot, readActor, readActors } from '@samkart/model'
import { type Dispatch, type SetStateAction, useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { changedActorIds } from '../matrix/actorNodes'
import { type DesiredDecor, type DesiredFlowNode, reconcileDesiredNodes } from './desiredNodes'

/**
 * The lens's desired-position markers, kept in sync with the document the way `useActorNodes`
 * keeps the cards: `observeDeep` on the actors, rebuilding only the markers of changed actors.
 */
export function useDesiredNodes(
  doc: Y.Doc,
): [DesiredFlowNode[], Dispatch<SetStateAction<DesiredFlowNode[]>>] {
  const t = useT()
  const [nodes, setNodes] = useState<DesiredFlowNode[]>([])
  const decor = useMemo<DesiredDecor>(
    () => ({
      roleDescription: t('lens.desiredRole'),
      label: (name) => t('lens.desired', { name }),
    }),
    [t],
  )

  useEffect(() => {
    const root = entityRoot(doc, 'actor')
    const read = (id: string) => readActor(doc, id)
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const changed = changedActorIds(events, root)
      setNodes((prev) => reconcileDesiredNodes(prev, changed, read, decor))
    }
    root.observeDeep(onChange)
    setNodes((prev) =>
      reconcileDesiredNodes(
        prev,
        [...readActors(doc).map((a) => a.id), ...prev.map((n) => n.id.slice('desired:'.length))],
        read,
        decor,
      ),
    )
    return () => root.unobserveDeep(onChange)
  }, [doc, decor])

  return [nodes, setNodes]
}
