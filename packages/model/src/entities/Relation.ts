import type { EntitySpec } from './EntitySpec'

/** Typed relations between actors. */
export const RELATION_TYPES = [
  'dependency',
  'funding',
  'governance',
  'information',
  'collaboration',
  'agreement',
] as const
export type RelationType = (typeof RELATION_TYPES)[number]

/**
 * A directed, typed relation from one actor to another. Deleting either actor deletes the
 * relation; a relation whose endpoint vanished through a concurrent delete is treated as absent
 * by readers and removed by `pruneDangling`.
 */
export interface Relation {
  id: string
  source: string
  target: string
  type: RelationType
  label: string
  /** 0..1 */
  strength: number
  /** 0..1 */
  trust: number
}

/** Schema of {@link Relation}. */
export const relationSpec: EntitySpec<Relation> = {
  kind: 'relation',
  root: 'relations',
  fields: {
    source: { kind: 'ref', entity: 'actor', required: true },
    target: { kind: 'ref', entity: 'actor', required: true },
    type: { kind: 'enum', values: RELATION_TYPES },
    label: { kind: 'text', max: 200 },
    strength: { kind: 'number', min: 0, max: 1 },
    trust: { kind: 'number', min: 0, max: 1 },
  },
  defaults: {
    source: '',
    target: '',
    type: 'collaboration',
    label: '',
    strength: 0.5,
    trust: 0.5,
  },
}
