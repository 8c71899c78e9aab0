import type { nbWorkshop } from '../nb/workshop'

/** Nynorsk messages for the workshop rail that holds the facilitation tools. */
export const nnWorkshop: { readonly [K in keyof typeof nbWorkshop]: string } = {
  'workshop.rail': 'Verktøy for verkstaden',
  'workshop.close': 'Lukk {tool}',
}
