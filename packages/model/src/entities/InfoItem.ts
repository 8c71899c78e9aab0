import type { EntitySpec } from './EntitySpec'

export const INFO_ITEM_NAME_MAX = 100

/**
 * One piece of information a service asks the family for (diagnosis, income, consent): the
 * board's editable vocabulary for `touchpoint.asksFor`. An entity rather than free text so that
 * two touchpoints asking for «Diagnose» are known to ask for the same thing, which is what the
 * repeated-information analysis counts (docs/coordination-analysis.md).
 */
export interface InfoItem {
  id: string
  name: string
}

/** Schema of {@link InfoItem}. */
export const infoItemSpec: EntitySpec<InfoItem> = {
  kind: 'infoItem',
  root: 'infoItems',
  fields: {
    name: { kind: 'text', max: INFO_ITEM_NAME_MAX, required: true },
  },
  defaults: { name: '' },
}
