import type { nbWorkshop } from '../nb/workshop'

/** English messages for the workshop rail that holds the facilitation tools. */
export const enWorkshop: { readonly [K in keyof typeof nbWorkshop]: string } = {
  'workshop.rail': 'Workshop tools',
  'workshop.close': 'Close {tool}',
}
