import type { MessageKey } from '@samkart/i18n'

type TemplateText = { title: MessageKey; description: MessageKey }

const text = (id: string): TemplateText => ({
  title: `template.${id}.title` as MessageKey,
  description: `template.${id}.description` as MessageKey,
})

/**
 * The starting points offered, in groups so the list stays easy to scan: the empty board on its
 * own, then the worked examples, then a starter board for each life event of the strategy.
 * `templateText.test.ts` checks every template in the model is offered exactly once, and that
 * every key exists in both languages.
 */
export const TEMPLATE_GROUPS: readonly { legend: MessageKey | null; ids: readonly string[] }[] = [
  { legend: null, ids: [''] },
  {
    legend: 'template.group.examples',
    ids: ['alvorlig-sykt-barn', 'alvorlig-sykt-barn-aktorer', 'digibarnevern'],
  },
  {
    legend: 'template.group.lifeEvents',
    ids: [
      'livshendelse-fa-barn',
      'livshendelse-miste-og-finne-jobb',
      'livshendelse-ny-i-norge',
      'livshendelse-starte-og-drive-bedrift',
      'livshendelse-dodsfall-og-arv',
      'livshendelse-frivillig-organisasjon',
    ],
  },
]

/** The translated name and description of each starting point, by template id (`''` = empty). */
export const TEMPLATE_TEXT: Readonly<Record<string, TemplateText>> = Object.fromEntries(
  TEMPLATE_GROUPS.flatMap((g) => g.ids).map((id) => [id, text(id || 'empty')]),
)
