import type { Translate } from '@samkart/i18n'
import type { RelationEdgeData } from './relationEdges'

/**
 * A relation's accessible name, e.g. «KS → NAV: Samarbeid, Avtale om data»: its ends, its type
 * and its label when it has one. Joined, not added: one flat string (see renderMessage in
 * @samkart/i18n).
 */
export function relationName(t: Translate, data: RelationEdgeData): string {
  const base = t('relation.name', {
    source: data.sourceName,
    target: data.targetName,
    type: t(`relation.type.${data.type}`),
  })
  return data.label ? [base, data.label].join(', ') : base
}
