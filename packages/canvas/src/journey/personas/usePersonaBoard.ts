import {
  type InfoItem,
  type Persona,
  entityRoot,
  readInfoItems,
  readPersonas,
} from '@samkart/model'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** The board's personas and its vocabulary of information asked for, both by name. */
export interface PersonaBoard {
  personas: Persona[]
  infoItems: InfoItem[]
}

/**
 * {@link PersonaBoard}, re-read after every transaction that touches personas or info items
 * (a handful of each on a board, so a whole re-read is the simple choice).
 */
export function usePersonaBoard(doc: Y.Doc): PersonaBoard {
  const [state, setState] = useState<PersonaBoard>(() => read(doc))
  useEffect(() => {
    const refresh = () => setState(read(doc))
    refresh()
    const roots = [entityRoot(doc, 'persona'), entityRoot(doc, 'infoItem')]
    for (const root of roots) root.observeDeep(refresh)
    return () => {
      for (const root of roots) root.unobserveDeep(refresh)
    }
  }, [doc])
  return state
}

function read(doc: Y.Doc): PersonaBoard {
  return { personas: readPersonas(doc), infoItems: readInfoItems(doc) }
}
