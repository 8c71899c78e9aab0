import * as Y from 'yjs'
import {
  ENTITY_KINDS,
  type EntityKind,
  META_ROOT,
  entityRoot,
  entitySpecs,
  isValidId,
  metaRoot,
  validateBoard,
  validateBoardTitle,
} from '@samkart/model'
import { entityProblems, problemKey } from './entityProblems'

/** Whether an update may stay on the live board, and if not, why. */
export type Verdict = { ok: true } | { ok: false; code: 'undecodable' | 'invalid'; reason: string }

const KIND_BY_ROOT = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [entitySpecs[k].root, k]))

/** Meta keys only the server writes (`initBoard`, migrations); clients change only the title. */
const SERVER_OWNED_META = ['schemaVersion', 'createdAt'] as const

/** Yjs's own type for shared types, borrowed so that no `any` is spelled out here. */
type YType = Y.Doc['share'] extends Map<string, infer T> ? T : never

/** Meta values compared before and after an update. */
type MetaValues = Record<'title' | (typeof SERVER_OWNED_META)[number], unknown>

const entityKey = (kind: string, id: string) => `${kind}\u0000${id}`
/** Pseudo problem: an entity stored under a key that is not a valid id. */
const INVALID_ID = 'invalid_id'

/**
 * Applies clients' Yjs updates to the live board and judges the result. Some corrupted updates
 * apply without an error (tech-findings §6), so decoding is not enough; an update is refused if:
 * - `Y.applyUpdate` throws → `undecodable`;
 * - an entity it touched now has a problem that `validateBoard` reports and that it did not
 *   have before → `invalid` (see `entityProblems`; a reference to a deleted entity is allowed:
 *   a concurrent delete produces exactly that legitimately, and `pruneDangling` tidies it up);
 * - it adds an entity under a key that is not a valid id, sets a title that fails
 *   `validateBoardTitle`, or changes server-owned metadata → `invalid`.
 *
 * A CRDT update cannot be undone, so after a refusal the doc holds the refused update and the
 * caller must replace it: the room reloads it from storage, which holds exactly the accepted
 * updates. Applying straight to the live doc, rather than to a shadow copy first, keeps the
 * common case (an accepted update) at one apply instead of two and the board in memory once;
 * the price, a reload, is paid only for refused messages.
 *
 * Only the touched entities are validated, against a baseline of the problems each entity
 * already had (taken once with `validateBoard` when the board loads, then kept current), so an
 * update is never blamed for old problems and the cost does not grow with the board.
 */
export class UpdateGuard {
  /** Problem keys per entity that has any; entities without problems are absent. */
  private readonly known = new Map<string, Set<string>>()

  constructor(doc: Y.Doc) {
    this.reset(doc)
  }

  /** Takes stock of the problems `doc` already has (on load, and after a reload). */
  reset(doc: Y.Doc): void {
    this.known.clear()
    for (const problem of validateBoard(doc))
      if (problem.error.code !== 'missing_reference')
        this.note(this.known, entityKey(problem.kind, problem.id), problemKey(problem))
    for (const kind of ENTITY_KINDS)
      for (const id of entityRoot(doc, kind).keys())
        if (!isValidId(id)) this.note(this.known, entityKey(kind, id), INVALID_ID)
  }

  /**
   * Applies `update` to `doc` with `origin` and judges the result. After a refusal `doc` must
   * be thrown away (see the class comment).
   */
  apply(doc: Y.Doc, update: Uint8Array, origin: unknown): Verdict {
    const meta = metaRoot(doc)
    const before: MetaValues = {
      title: meta.get('title'),
      schemaVersion: meta.get('schemaVersion'),
      createdAt: meta.get('createdAt'),
    }
    const touched = new Map<string, Set<string>>()
    const record = (tr: Y.Transaction) => collectTouched(tr, doc, touched)
    doc.on('afterTransaction', record)
    try {
      Y.applyUpdate(doc, update, origin)
    } catch (err) {
      return { ok: false, code: 'undecodable', reason: `update does not decode: ${describe(err)}` }
    } finally {
      doc.off('afterTransaction', record)
    }
    let reason: string | null
    try {
      reason = this.judge(doc, touched, before)
    } catch (err) {
      reason = `update breaks the board: ${describe(err)}`
    }
    return reason === null ? { ok: true } : { ok: false, code: 'invalid', reason }
  }

  private judge(doc: Y.Doc, touched: Map<string, Set<string>>, before: MetaValues): string | null {
    const entities = new Map<EntityKind, Set<string>>()
    for (const [root, keys] of touched) {
      if (root === META_ROOT) {
        const problem = checkMeta(before, metaRoot(doc))
        if (problem) return problem
        continue
      }
      const kind = KIND_BY_ROOT.get(root)
      if (kind) entities.set(kind, keys) // roots outside the schema are not read by anyone
    }
    if (entities.size === 0) return null

    const after = new Map<string, Set<string>>()
    for (const [kind, ids] of entities)
      for (const id of ids) {
        if (isValidId(id) || !entityRoot(doc, kind).has(id)) continue
        if (!this.known.get(entityKey(kind, id))?.has(INVALID_ID))
          return `${kind} id ${JSON.stringify(id.slice(0, 60))} is not a valid id`
        this.note(after, entityKey(kind, id), INVALID_ID)
      }
    for (const [key, problem] of entityProblems(doc, entities)) {
      const entity = entityKey(problem.kind, problem.id)
      if (!this.known.get(entity)?.has(key)) return problem.error.message
      this.note(after, entity, key)
    }

    // Accepted: the touched entities as they are now are the baseline for the next update.
    for (const [kind, ids] of entities) for (const id of ids) this.known.delete(entityKey(kind, id))
    for (const [entity, problems] of after) this.known.set(entity, problems)
    return null
  }

  private note(into: Map<string, Set<string>>, entity: string, problem: string): void {
    let set = into.get(entity)
    if (!set) into.set(entity, (set = new Set()))
    set.add(problem)
  }
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

function checkMeta(before: MetaValues, after: Y.Map<unknown>): string | null {
  for (const key of SERVER_OWNED_META)
    if (before[key] !== after.get(key)) return `meta.${key} is set by the server only`
  const title = after.get('title')
  if (title !== before.title) return validateBoardTitle(title)?.message ?? null
  return null
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
