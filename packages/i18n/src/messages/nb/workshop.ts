/** Bokmål messages for the workshop rail that holds the facilitation tools. */
export const nbWorkshop = {
  'workshop.rail': 'Verktøy for verkstedet',
  'workshop.close': 'Lukk {tool}',
} as const
