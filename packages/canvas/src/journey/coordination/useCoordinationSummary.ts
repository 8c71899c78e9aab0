import { entityRoot, readEntities } from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { type CoordinationSummary, sameSummary, summariseCoordination } from './coordinationSummary'

const ROOTS = ['phase', 'touchpoint', 'actor', 'infoItem'] as const

/**
 * The coordination figures of one journey, recomputed after every transaction that touches
 * phases, touchpoints, actors or info items (an actor deleted elsewhere turns its touchpoints into
 * «deleted owner» findings at once). An unchanged result keeps the old object, so moving an
 * actor card re-renders nothing here.
 */
export function useCoordinationSummary(doc: Y.Doc, journeyId: string): CoordinationSummary {
  const [summary, setSummary] = useState(() => read(doc, journeyId))
  useEffect(() => {
    const refresh = () => {
      const next = read(doc, journeyId)
      setSummary((old) => (sameSummary(old, next) ? old : next))
    }
    refresh()
    const roots = ROOTS.map((kind) => entityRoot(doc, kind))
    for (const root of roots) root.observeDeep(refresh)
    return () => {
      for (const root of roots) root.unobserveDeep(refresh)
    }
  }, [doc, journeyId])
  return summary
}

function read(doc: Y.Doc, journeyId: string): CoordinationSummary {
  return summariseCoordination(
    journeyId,
    readEntities(doc, 'phase'),
    readEntities(doc, 'touchpoint'),
    new Set(entityRoot(doc, 'actor').keys()),
    new Map(readEntities(doc, 'infoItem').map((i) => [i.id, i.name])),
  )
}
