import * as Y from 'yjs'
import { entityRoot } from '../doc/schema'
import type { VoteItem } from './votesRoot'

/**
 * What a vote's item is called on the board now: an actor's name, a touchpoint's title, a
 * note's text (its first line); `null` if it was deleted since the vote started.
 */
export function voteItemLabel(doc: Y.Doc, item: VoteItem): string | null {
  const text = (map: unknown, field: string) => {
    if (!(map instanceof Y.Map)) return null
    const value: unknown = map.get(field)
    return typeof value === 'string' ? value : ''
  }
  switch (item.kind) {
    case 'actor':
      return text(entityRoot(doc, 'actor').get(item.id), 'name')
    case 'touchpoint':
      return text(entityRoot(doc, 'touchpoint').get(item.id), 'title')
    case 'note': {
      const first = text(doc.getMap('notes').get(item.id), 'text')
      return first === null ? null : (first.split('\n')[0] ?? '').slice(0, 120)
    }
    default: {
      const unreachable: never = item.kind
      throw new Error(`unknown item kind ${String(unreachable)}`)
    }
  }
}
