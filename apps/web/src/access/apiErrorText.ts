import { type Translate, type TranslatableError, translateError } from '@samkart/i18n'
import type { ApiError } from '../api/boardsApi'
import { refusalFromApiCode } from './refusal'

/**
 * A sentence for a failed board or link request: the refusal reason for a token problem, the
 * role problem, a model error about `field` (a title too long), or a generic apology.
 */
export function apiErrorText(
  t: Translate,
  error: ApiError,
  about?: Pick<TranslatableError, 'entity' | 'field'>,
): string {
  if (error.kind === 'network') return t('start.error.network')
  const refusal = refusalFromApiCode(error.code)
  if (refusal) return t(`access.refused.${refusal}`)
  if (error.code === 'forbidden_role') return t('access.refused.forbidden_role')
  if (error.code === 'admin_only') return t('access.create.adminRequired')
  // A facilitator's board lock holds the title too (the header hides renaming then, but a
  // lock can arrive while the dialog is open).
  if (error.code === 'locked') return t('facilitation.locked.renameRefused')
  if (error.status === 404) return t('access.board.notFound')
  // Heavy requests (a duplicate) run on the server's worker threads, which may be busy.
  if (error.code === 'server_busy' || error.code === 'work_failed')
    return t(`work.error.${error.code}`)
  if (error.status === 400 && error.code)
    return translateError(t, { code: error.code, params: error.params, ...about })
  return t('error.generic')
}
