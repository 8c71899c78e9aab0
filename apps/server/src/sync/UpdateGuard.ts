import * as Y from 'yjs'
import {
  ENTITY_KINDS,
  type EntityKind,
  META_ROOT,
  SERVER_ROOTS,
  entityRoot,
  entitySpecs,
  isValidId,
  metaRoot,
  validateBoard,
  validateBoardTitle,
} from '@samkart/model'
import { entityProblems, problemField, problemKey } from './entityProblems'
import { shapeViolation } from './shapeViolation'
import type { TouchedEntry, WriteScope } from './WriteScope'
import { RootNames, type YType, pathFromRoot } from './yPath'

/** Whether an update may stay on the live board, and if not, why. */
export type Verdict =
  | {
      ok: true
      /** Whether the update changed board metadata (e.g. the title). */
      metaChanged: boolean
      /** Whether it added, replaced or removed whole entities (which can leave others dangling). */
      structural: boolean
      /**
       * Whether part of the update needed structs or deletions the board does not have. That
       * part was dropped, never integrated; the rest (if any) is judged like any update.
       */
      missingDependencies: boolean
    }
  | { ok: false; code: 'undecodable' | 'invalid'; reason: string }
  /** Valid, but outside what this connection may change (its `WriteScope`). */
  | { ok: false; code: 'forbidden'; reason: string }

const KIND_BY_ROOT = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [entitySpecs[k].root, k]))

/** Meta keys only the server writes (`initBoard`, migrations); clients change only the title. */
const SERVER_OWNED_META = ['schemaVersion', 'createdAt'] as const

/** Meta values compared before and after an update. */
type MetaValues = Record<'title' | (typeof SERVER_OWNED_META)[number], unknown>

const entityKey = (kind: string, id: string) => `${kind}\u0000${id}`
/** Pseudo problem: an entity stored under a key that is not a valid id. */
const INVALID_ID = 'invalid_id'

/**
 * Applies clients' Yjs updates to the live board and judges the result. Some corrupted updates
 * apply without an error (tech-findings §6), so decoding is not enough; an update is refused if:
 * - `Y.applyUpdate` throws → `undecodable`;
 * - it stores anything outside the schema: another root, list content, an unknown key, a value
 *   of the wrong type (see `shapeViolation`) → `invalid`;
 * - an entity it touched now has a problem that `validateBoard` reports and that it did not
 *   have before → `invalid` (see `entityProblems`; a reference to a deleted entity is allowed:
 *   a concurrent delete produces exactly that legitimately, and `pruneDangling` tidies it up);
 * - it adds an entity under a key that is not a valid id, sets a title that fails
 *   `validateBoardTitle`, or changes server-owned metadata → `invalid`;
 * - it adds entities to a kind that then has more than `maxEntities` → `invalid`.
 *
 * The part of an update whose dependencies (earlier structs, or the items a deletion names)
 * are not in the board cannot be integrated; Yjs would keep it as pending state, which
 * `encodeStateAsUpdate` hands to every fresh client and to the next snapshot. The guard drops
 * it at once and says so (`missingDependencies`), so the board never holds pending state.
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
  /** Root type → root name. */
  private rootNames: RootNames
  /** The meta values as of the last accepted update (only accepted updates change them). */
  private meta: MetaValues = { title: undefined, schemaVersion: undefined, createdAt: undefined }
  /** Where the transaction listener records while `apply` runs; `null` otherwise. */
  private touched: Touched | null = null
  /** Root entries the current `apply` created (`added`) or removed, for a `WriteScope`. */
  private lifecycle: Lifecycle | null = null
  /** The first thing outside the schema the current `apply` stored, if any. */
  private outsideSchema: string | null = null
  private doc: Y.Doc | null = null
  /** One listener for the doc's lifetime: subscribing per update cost more than the check. */
  private readonly record = (tr: Y.Transaction) => {
    if (this.touched) {
      this.outsideSchema ??= shapeViolation(tr, this.rootNames)
      collectTouched(tr, this.rootNames, this.touched)
      if (this.lifecycle) collectLifecycle(tr, this.rootNames, this.lifecycle)
    }
    // The server's own writes (a tidy-up, a rename over HTTP) move the meta baseline too.
    else if (tr.changed.has(metaRoot(tr.doc) as unknown as YType))
      this.meta = readMetaValues(metaRoot(tr.doc))
  }

  /** @param maxEntities the most entities of one kind an update may leave on the board */
  constructor(
    doc: Y.Doc,
    private readonly maxEntities = Infinity,
  ) {
    this.rootNames = new RootNames(doc)
    this.reset(doc)
  }

  /** Takes stock of the problems `doc` already has (on load, and after a reload). */
  reset(doc: Y.Doc): void {
    if (this.doc !== doc) {
      this.doc?.off('afterTransaction', this.record)
      doc.on('afterTransaction', this.record)
      this.doc = doc
    }
    this.rootNames = new RootNames(doc)
    this.meta = readMetaValues(metaRoot(doc))
    this.known.clear()
    for (const problem of validateBoard(doc))
      if (problem.error.code !== 'missing_reference')
        this.note(this.known, entityKey(problem.kind, problem.id), problemKey(problem))
    for (const kind of ENTITY_KINDS)
      for (const id of entityRoot(doc, kind).keys())
        if (!isValidId(id)) this.note(this.known, entityKey(kind, id), INVALID_ID)
  }

  /**
   * Applies `update` to `doc` (the doc given to the constructor or the last `reset`) with
   * `origin` and judges the result; with a `scope`, also whether the writer may change what
   * it changed (`forbidden`). After a refusal `doc` must be thrown away (see the class comment).
   */
  apply(doc: Y.Doc, update: Uint8Array, origin: unknown, scope?: WriteScope): Verdict {
    if (doc !== this.doc) this.reset(doc)
    const touched: Touched = new Map()
    const lifecycle: Lifecycle | null = scope ? new Map() : null
    this.touched = touched
    this.lifecycle = lifecycle
    this.outsideSchema = null
    try {
      Y.applyUpdate(doc, update, origin)
    } catch (err) {
      return { ok: false, code: 'undecodable', reason: `update does not decode: ${describe(err)}` }
    } finally {
      this.touched = null
      this.lifecycle = null
    }
    // Votes and the timer are the server's (its HTTP API writes them), whoever the writer is.
    for (const root of touched.keys())
      if (SERVER_ROOTS.has(root))
        return { ok: false, code: 'forbidden', reason: `${root} is written by the server only` }
    if (scope && lifecycle) {
      const forbidden = scope(touchedEntries(touched, lifecycle), doc)
      if (forbidden !== null) return { ok: false, code: 'forbidden', reason: forbidden }
    }
    const missingDependencies = dropPending(doc)
    let reason: string | null = this.outsideSchema
    try {
      reason ??= this.judge(doc, touched, this.meta)
    } catch (err) {
      reason = `update breaks the board: ${describe(err)}`
    }
    if (reason !== null) return { ok: false, code: 'invalid', reason }
    const metaChanged = touched.has(META_ROOT)
    if (metaChanged) this.meta = readMetaValues(metaRoot(doc))
    return { ok: true, metaChanged, structural: isStructural(touched), missingDependencies }
  }

  private judge(doc: Y.Doc, touched: Touched, before: MetaValues): string | null {
    const entities = new Map<EntityKind, Map<string, Set<string> | null>>()
    for (const [root, keys] of touched) {
      if (root === META_ROOT) {
        const problem = checkMeta(before, metaRoot(doc))
        if (problem) return problem
        continue
      }
      const kind = KIND_BY_ROOT.get(root)
      if (kind) entities.set(kind, keys) // other roots: refused by `shapeViolation` already
    }
    if (entities.size === 0) return null
    const crowded = this.overLimit(doc, entities)
    if (crowded) return crowded

    const after = new Map<string, Set<string>>()
    for (const [kind, ids] of entities)
      for (const id of ids.keys()) {
        const entity = entityKey(kind, id)
        // Problems of fields this update did not touch stay as they were.
        const fields = ids.get(id)
        if (fields) {
          for (const key of this.known.get(entity) ?? [])
            if (key === INVALID_ID || !fields.has(problemField(key))) this.note(after, entity, key)
        }
        if (isValidId(id) || !entityRoot(doc, kind).has(id)) continue
        if (!this.known.get(entity)?.has(INVALID_ID))
          return `${kind} id ${JSON.stringify(id.slice(0, 60))} is not a valid id`
        this.note(after, entity, INVALID_ID)
      }
    for (const [key, problem] of entityProblems(doc, entities)) {
      const entity = entityKey(problem.kind, problem.id)
      if (!this.known.get(entity)?.has(key)) return problem.error.message
      this.note(after, entity, key)
    }

    // Accepted: the touched entities as they are now are the baseline for the next update.
    for (const [kind, ids] of entities)
      for (const id of ids.keys()) this.known.delete(entityKey(kind, id))
    for (const [entity, problems] of after) this.known.set(entity, problems)
    return null
  }

  /**
   * `too_many_entities` if the update added entities of a kind that now has more than the
   * limit. Counting walks the root map, so it runs only for kinds that gained entries; a board
   * already over a lowered limit may still delete and edit.
   */
  private overLimit(
    doc: Y.Doc,
    entities: Map<EntityKind, Map<string, Set<string> | null>>,
  ): string | null {
    if (this.maxEntities === Infinity) return null
    for (const [kind, ids] of entities) {
      const root = entityRoot(doc, kind)
      let added = false
      for (const [id, fields] of ids) if (fields === null && root.has(id)) added = true
      if (added && root.size > this.maxEntities)
        return `too_many_entities: more than ${this.maxEntities} ${entitySpecs[kind].root}`
    }
    return null
  }

  private note(into: Map<string, Set<string>>, entity: string, problem: string): void {
    let set = into.get(entity)
    if (!set) into.set(entity, (set = new Set()))
    set.add(problem)
  }
}

/** Per root map: each touched key, with the fields touched (`null`: the whole entry). */
type Touched = Map<string, Map<string, Set<string> | null>>

/**
 * Records what a transaction changed, as root → entity id → fields. A change of a root's key
 * (an entity added, replaced or deleted) marks the whole entity; a change inside an entity
 * (a field, or a member of a set field) marks only that field, so validation stays as cheap as
 * the edit: a drag writes two of an actor's 22 fields.
 */
function collectTouched(tr: Y.Transaction, rootNames: RootNames, touched: Touched): void {
  for (const [changedType, keys] of tr.changed) {
    const path = pathFromRoot(changedType as YType)
    const name = path ? rootNames.of(path.root) : undefined
    if (!path || name === undefined) continue
    const [entity, field] = path.keys
    if (entity === undefined) {
      for (const key of keys) if (key !== null) mark(touched, name, key, null)
    } else if (field === undefined) {
      for (const key of keys) mark(touched, name, entity, key ?? '')
    } else mark(touched, name, entity, field)
  }
}

/** Per root map: keys the update created (`added`) or removed (`removed`), as Yjs saw it. */
type Lifecycle = Map<string, Map<string, 'added' | 'removed' | 'replaced'>>

/**
 * Records which root entries a transaction created or removed, from the root maps' own
 * events (Yjs tells an added key from an updated one by walking the key's history, which
 * `tr.changed` alone cannot).
 */
function collectLifecycle(tr: Y.Transaction, rootNames: RootNames, lifecycle: Lifecycle): void {
  for (const [type, events] of tr.changedParentTypes) {
    if (type._item !== null) continue
    const name = rootNames.of(type as unknown as YType)
    if (name === undefined) continue
    for (const event of events) {
      if (event.target !== type) continue
      for (const [key, change] of event.changes.keys) {
        let entries = lifecycle.get(name)
        if (!entries) lifecycle.set(name, (entries = new Map()))
        entries.set(
          key,
          change.action === 'add' ? 'added' : change.action === 'delete' ? 'removed' : 'replaced',
        )
      }
    }
  }
}

/** The touched root entries as a `WriteScope` sees them. */
function touchedEntries(touched: Touched, lifecycle: Lifecycle): TouchedEntry[] {
  const entries: TouchedEntry[] = []
  for (const [root, keys] of touched)
    for (const [key, fields] of keys) {
      const change = lifecycle.get(root)?.get(key)
      entries.push({
        root,
        key,
        added: change === 'added',
        removed: change === 'removed',
        fields,
      })
    }
  return entries
}

/** True when a root map gained, lost or replaced an entry (an entity, not one of its fields). */
function isStructural(touched: Touched): boolean {
  for (const [root, entries] of touched)
    if (root !== META_ROOT) for (const fields of entries.values()) if (fields === null) return true
  return false
}

/** Notes that `field` (or, for `null`, all) of entry `key` of root `root` changed. */
function mark(touched: Touched, root: string, key: string, field: string | null): void {
  let entries = touched.get(root)
  if (!entries) touched.set(root, (entries = new Map()))
  const fields = entries.get(key)
  if (field === null) entries.set(key, null)
  else if (fields === undefined) entries.set(key, new Set([field]))
  else fields?.add(field)
}

/**
 * Drops what `doc` keeps as pending (structs waiting for earlier ones, deletions of items it
 * does not have) and says whether there was any. Pending state is not part of the document
 * (no observer sees it, no `update` event carries it), only `encodeStateAsUpdate` would hand it
 * on; dropping it loses nothing the board has.
 */
function dropPending(doc: Y.Doc): boolean {
  const store = doc.store
  if (store.pendingStructs === null && store.pendingDs === null) return false
  store.pendingStructs = null
  store.pendingDs = null
  return true
}

function readMetaValues(meta: Y.Map<unknown>): MetaValues {
  return {
    title: meta.get('title'),
    schemaVersion: meta.get('schemaVersion'),
    createdAt: meta.get('createdAt'),
  }
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
