import type { Relation, RelationType } from '@samkart/model'

/** The relation form's fields as the user types them; percentages are text until submitted. */
export interface RelationFormValues {
  source: string
  target: string
  type: RelationType
  label: string
  strength: string
  trust: string
}

/** The form's fields, in the order they are shown (and where errors are reported). */
export const RELATION_FORM_FIELDS = [
  'source',
  'target',
  'type',
  'label',
  'strength',
  'trust',
] as const satisfies readonly (keyof RelationFormValues)[]
export type RelationFormField = (typeof RELATION_FORM_FIELDS)[number]

/** A 0..1 score as a whole percentage for the text field. */
export const toPercentText = (value: number) => String(Math.round(value * 100))

/** «40», «40 %» or «40,5» → 0.405; `null` for anything that is not a number from 0 to 100. */
export function parsePercentText(text: string): number | null {
  const cleaned = text.replace('%', '').replace(',', '.').trim()
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value <= 100 ? Math.round(value * 10) / 1000 : null
}

/** The form's starting values: an existing relation, or a new one from `source`. */
export function initialRelationValues(
  relation: Relation | undefined,
  source = '',
  target = '',
): RelationFormValues {
  return {
    source: relation?.source ?? source,
    target: relation?.target ?? target,
    type: relation?.type ?? 'collaboration',
    label: relation?.label ?? '',
    strength: toPercentText(relation?.strength ?? 0.5),
    trust: toPercentText(relation?.trust ?? 0.5),
  }
}
