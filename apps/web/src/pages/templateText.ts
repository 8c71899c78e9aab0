import type { MessageKey } from '@samkart/i18n'

/**
 * The translated name and description of each starting point, by template id (`''` = empty).
 * Kept as a typed table rather than built keys, so a missing translation is a type error;
 * `templateText.test.ts` checks every template in the model has an entry.
 */
export const TEMPLATE_TEXT: Readonly<
  Record<string, { title: MessageKey; description: MessageKey }>
> = {
  '': { title: 'template.empty.title', description: 'template.empty.description' },
  'alvorlig-sykt-barn-aktorer': {
    title: 'template.alvorlig-sykt-barn-aktorer.title',
    description: 'template.alvorlig-sykt-barn-aktorer.description',
  },
  digibarnevern: {
    title: 'template.digibarnevern.title',
    description: 'template.digibarnevern.description',
  },
}
