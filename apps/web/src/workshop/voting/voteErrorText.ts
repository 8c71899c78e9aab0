import type { Translate } from '@samkart/i18n'
import type { ApiError } from '../../api/boardsApi'

const KNOWN = ['too_many_dots', 'vote_closed', 'vote_open', 'no_items'] as const

/** A sentence for a refused voting request. */
export function voteErrorText(t: Translate, error: ApiError): string {
  const code = error.kind === 'http' ? error.code : undefined
  const known = KNOWN.find((k) => k === code)
  return known ? t(`voting.error.${known}`) : t('voting.error.generic')
}
