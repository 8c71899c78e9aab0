import type { MessageKey, Translate } from '@samkart/i18n'

/** How many animals the catalogues name (`presence.animal.1` …). */
const ANIMALS = 20

/**
 * The friendly names a newcomer may get until they give their own («Anonym rev»): distinct
 * animals, so two guests on a board never share a name (the presence store hands them out).
 */
export function guestNames(t: Translate): string[] {
  return Array.from({ length: ANIMALS }, (_, i) =>
    t('presence.guest', { animal: t(`presence.animal.${i + 1}` as MessageKey) }),
  )
}
