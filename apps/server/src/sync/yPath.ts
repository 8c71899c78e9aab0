import * as Y from 'yjs'

/** Yjs's own type for shared types, borrowed so that no `any` is spelled out here. */
export type YType = Y.Doc['share'] extends Map<string, infer T> ? T : never

/**
 * The root a nested type hangs from, and the map keys leading from the root down to it;
 * `null` for a type inside list content (an array or text), which no board holds.
 */
export function pathFromRoot(type: YType): { root: YType; keys: string[] } | null {
  const keys: string[] = []
  while (type._item !== null) {
    const key = type._item.parentSub
    if (key === null) return null
    keys.unshift(key)
    const parent = type._item.parent
    if (!(parent instanceof Y.AbstractType)) return null
    type = parent as YType
  }
  return { root: type, keys }
}

/**
 * The names of a document's root types, by type object. The table is rebuilt when a lookup
 * misses: a root that came with an update, or from storage, starts as a plain `AbstractType`,
 * and Yjs replaces that object (keeping its content) the first time code asks for the root as
 * a `Y.Map`, so a table taken earlier no longer knows the root. A miss for a root the
 * document really lacks costs one rebuild.
 */
export class RootNames {
  private names = new Map<YType, string>()

  constructor(private readonly doc: Y.Doc) {
    this.rebuild()
  }

  /** The name of root type `root`, or `undefined` if it is not one of the document's roots. */
  of(root: YType): string | undefined {
    const name = this.names.get(root)
    if (name !== undefined) return name
    this.rebuild()
    return this.names.get(root)
  }

  private rebuild(): void {
    this.names = new Map()
    for (const [name, type] of this.doc.share) this.names.set(type, name)
  }
}

/** What a map-like type holds under `key`: absent (never set or deleted), or a value. */
export type MapEntry = { present: false } | { present: true; value: unknown }

/**
 * Reads `key` of any shared type's map part, as `Y.Map.get` would, but also for a root that
 * no code has asked for as a `Y.Map` yet (an `AbstractType` without `get`), and telling a
 * deleted key from one holding `undefined`.
 */
export function mapEntry(type: YType, key: string): MapEntry {
  const item = type._map.get(key)
  if (item === undefined || item.deleted) return { present: false }
  return { present: true, value: item.content.getContent()[item.length - 1] }
}
