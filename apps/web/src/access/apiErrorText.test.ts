import { createTranslator } from '@samkart/i18n'
import { describe, expect, it } from 'vitest'
import { apiErrorText } from './apiErrorText'

describe.each(['nb', 'en'] as const)('apiErrorText in %s', (locale) => {
  const t = createTranslator(locale)

  it('says the server is busy, or could not finish, instead of a generic apology', () => {
    const busy = apiErrorText(t, { kind: 'http', status: 503, code: 'server_busy' })
    const failed = apiErrorText(t, { kind: 'http', status: 503, code: 'work_failed' })
    expect(busy).toBe(t('work.error.server_busy'))
    expect(failed).toBe(t('work.error.work_failed'))
    expect([busy, failed]).not.toContain(t('error.generic'))
  })
})
