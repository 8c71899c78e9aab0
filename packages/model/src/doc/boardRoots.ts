import type { EntityKind, FieldSpec } from '../field'
import { ENTITY_KINDS, entitySpecs } from '../entities/registry'
import { TITLE_MAX } from './BoardMeta'
import { DANGER_SIGNALS_ROOT, dangerSignalField } from './dangerSignals'
import { META_ROOT } from './schema'
import { TIMER_ROOT, timerField } from '../timer/timerRoot'
import { VOTES_ROOT, voteField } from '../votes/votesRoot'
import { LOCKS_ROOT, lockField } from '../facilitation/locks'
import { PRESENTATION_ROOT, presentationField } from '../facilitation/presentation'
import { VIEWERS_MAY_COMMENT } from '../comments/commentPermission'

/**
 * How one root map of the board stores what it holds (docs/doc-schema.md):
 * - `values`: plain values under known keys (`meta`, `dangerSignals`); `field` gives the spec
 *   of a key, `undefined` for a key the schema does not have;
 * - `entities`: one nested `Y.Map` per entity of `kind`, keyed by id, fields as the kind's spec.
 */
export type RootShape =
  | { type: 'values'; field: (key: string) => FieldSpec | undefined }
  | { type: 'entities'; kind: EntityKind }

/** The keys of `meta` and their specs; `schemaVersion` and `createdAt` are the server's. */
export const META_FIELDS: Readonly<Record<string, FieldSpec>> = {
  title: { kind: 'text', max: TITLE_MAX, required: true },
  schemaVersion: { kind: 'number', min: 1, max: 1_000_000, integer: true },
  createdAt: { kind: 'text', max: 64 },
  template: { kind: 'text', max: 100 },
  // Only a facilitator may change it: the server's write scope (docs/doc-schema.md).
  [VIEWERS_MAY_COMMENT]: { kind: 'boolean' },
}

/**
 * Every root map a board may hold, by name, and how it holds its content. A board document is
 * exactly this: the server refuses an update that creates or changes any other root, or stores
 * anything in these in another shape. A new root (or entity kind) must be added here, or the
 * server will refuse every write to it.
 */
export const BOARD_ROOTS: ReadonlyMap<string, RootShape> = new Map<string, RootShape>([
  [
    META_ROOT,
    // Own keys only: `constructor` and friends are not fields.
    {
      type: 'values',
      field: (key) => (Object.hasOwn(META_FIELDS, key) ? META_FIELDS[key] : undefined),
    },
  ],
  ...ENTITY_KINDS.map((kind): [string, RootShape] => [
    entitySpecs[kind].root,
    { type: 'entities', kind },
  ]),
  [DANGER_SIGNALS_ROOT, { type: 'values', field: dangerSignalField }],
  // Written by the server only (`SERVER_ROOTS`): a vote's public state, the shared timer.
  [VOTES_ROOT, { type: 'values', field: voteField }],
  [TIMER_ROOT, { type: 'values', field: timerField }],
  [LOCKS_ROOT, { type: 'values', field: lockField }],
  [PRESENTATION_ROOT, { type: 'values', field: presentationField }],
])

/**
 * Roots only the server writes, through its HTTP API: a client's update that touches one is
 * dropped and counted like a viewer's write, whatever the client's role.
 */
export const SERVER_ROOTS: ReadonlySet<string> = new Set([VOTES_ROOT, TIMER_ROOT])
