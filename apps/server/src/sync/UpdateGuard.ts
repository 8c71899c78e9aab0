import * as Y from 'yjs'
import {
  ENTITY_KINDS,
  type EntityKind,
  META_ROOT,
  entityRoot,
  entitySpecs,
  isValidId,
  metaRoot,
  validateBoardTitle,
} from '@samkart/model'
import { entityProblems } from './entityProblems'

/** Whether an update may be applied to the live board, and if not, why. */
export type Verdict = { ok: true } | { ok: false; code: 'undecodable' | 'invalid'; reason: string }

const KIND_BY_ROOT = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [entitySpecs[k].root, k]))

/** Meta keys only the server writes (`initBoard`, migrations); clients change only the title. */
const SERVER_OWNED_META = ['schemaVersion', 'createdAt'] as const

/** Yjs's own type for shared types, borrowed so that no `any` is spelled out here. */
type YType = Y.Doc['share'] extends Map<string, infer T> ? T : never

/**
 * Decides whether a client's Yjs update may touch the live board. A CRDT update cannot be
 * rolled back once applied, and some corrupted updates apply without an error (tech-findings
 * §6), so every update is first applied to a *shadow* copy of the board and the result checked:
 * - `Y.applyUpdate` throwing → `undecodable`;
 * - any entity it touched gaining a problem that `validateBoard` reports and it did not have
 *   before → `invalid` (see `entityProblems`; a reference to a deleted entity is allowed: a
 *   concurrent delete produces exactly that legitimately, and `pruneDangling` tidies it up);
 * - content that cannot be copied for validation (e.g. a sub-document) → `invalid`;
 * - a new entity under an id that is not a valid id, a title that fails `validateBoardTitle`,
 *   or a change to server-owned metadata → `invalid`.
 *
 * The shadow receives the same accepted updates as the live doc, so it stays equal to it at
 * the cost of applying each update twice (cheap: proportional to the update, not the board).
 * After a refusal the shadow holds the bad update, so it is dropped and rebuilt from the live
 * doc on the next check; that costs a full copy, but only once per refused message.
 */
export class UpdateGuard {
  private shadow: Y.Doc | null

  /** @param initialState the bytes the live doc was loaded from, to build the shadow cheaply */
  constructor(
    private readonly live: Y.Doc,
    initialState?: Uint8Array,
  ) {
    this.shadow = initialState ? createShadow(live, initialState) : null
  }

  /** Applies `update` to the shadow and judges the result. The live doc is not touched. */
  check(update: Uint8Array): Verdict {
    const shadow = (this.shadow ??= createShadow(this.live, Y.encodeStateAsUpdate(this.live)))
    const touched = new Map<string, Set<string>>()
    const record = (tr: Y.Transaction) => collectTouched(tr, shadow, touched)
    shadow.on('afterTransaction', record)
    try {
      Y.applyUpdate(shadow, update, this)
    } catch (err) {
      this.discardShadow()
      return { ok: false, code: 'undecodable', reason: `update does not decode: ${describe(err)}` }
    } finally {
      shadow.off('afterTransaction', record)
    }
    let reason: string | null
    try {
      reason = this.findNewProblem(shadow, touched)
    } catch (err) {
      reason = `update breaks the board: ${describe(err)}`
    }
    if (reason === null) return { ok: true }
    this.discardShadow()
    return { ok: false, code: 'invalid', reason }
  }

  /**
   * Applies to the shadow an update the server itself made to the live doc (a migration), so
   * the two stay equal.
   */
  follow(update: Uint8Array): void {
    if (this.shadow) Y.applyUpdate(this.shadow, update, this)
  }

  /** Forgets the shadow; the next check rebuilds it from the live doc. */
  discardShadow(): void {
    this.shadow?.destroy()
    this.shadow = null
  }

  private findNewProblem(shadow: Y.Doc, touched: Map<string, Set<string>>): string | null {
    const entities = new Map<EntityKind, Set<string>>()
    for (const [root, keys] of touched) {
      if (root === META_ROOT) {
        const problem = checkMeta(this.live, shadow)
        if (problem) return problem
        continue
      }
      const kind = KIND_BY_ROOT.get(root)
      if (!kind) continue // roots outside the schema are not read by anyone
      for (const id of keys)
        if (
          !isValidId(id) &&
          entityRoot(shadow, kind).has(id) &&
          !entityRoot(this.live, kind).has(id)
        )
          return `${kind} id ${JSON.stringify(id.slice(0, 60))} is not a valid id`
      entities.set(kind, keys)
    }
    if (entities.size === 0) return null
    const after = entityProblems(shadow, entities)
    if (after.size === 0) return null
    const before = entityProblems(this.live, entities)
    for (const [key, problem] of after) if (!before.has(key)) return problem.error.message
    return null
  }
}

function createShadow(live: Y.Doc, state: Uint8Array): Y.Doc {
  const shadow = new Y.Doc({ gc: live.gc })
  Y.applyUpdate(shadow, state)
  return shadow
}

/**
 * Records which entity of which root a transaction changed: a change deep inside an entity
 * (a field, a member of a set field) is traced up to the entity's key in its root map.
 */
function collectTouched(tr: Y.Transaction, doc: Y.Doc, touched: Map<string, Set<string>>): void {
  const rootNames = new Map<YType, string>()
  for (const [name, type] of doc.share) rootNames.set(type, name)
  const add = (root: YType, key: string | null) => {
    const name = rootNames.get(root)
    if (name === undefined || key === null) return
    let keys = touched.get(name)
    if (!keys) touched.set(name, (keys = new Set()))
    keys.add(key)
  }
  for (const [changedType, keys] of tr.changed) {
    const type = changedType as YType
    if (type._item === null) for (const key of keys) add(type, key)
    else {
      const entity = entityOf(type)
      if (entity) add(entity.root, entity.key)
    }
  }
}

/** Walks up from a nested type to its root; the last key on the way is the entity's id. */
function entityOf(type: YType): { root: YType; key: string | null } | null {
  let key: string | null = null
  while (type._item !== null) {
    key = type._item.parentSub
    const parent = type._item.parent
    if (!(parent instanceof Y.AbstractType)) return null
    type = parent as YType
  }
  return { root: type, key }
}

function checkMeta(live: Y.Doc, shadow: Y.Doc): string | null {
  const before = metaRoot(live)
  const after = metaRoot(shadow)
  for (const key of SERVER_OWNED_META)
    if (before.get(key) !== after.get(key)) return `meta.${key} is set by the server only`
  const title = after.get('title')
  if (title !== before.get('title')) return validateBoardTitle(title)?.message ?? null
  return null
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
