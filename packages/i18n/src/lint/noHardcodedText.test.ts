import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'
import { noHardcodedText } from './noHardcodedText.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
})

tester.run('no-hardcoded-text', noHardcodedText, {
  valid: [
    { code: "<p>{t('actor.add')}</p>" },
    { code: "<button aria-label={t('undo.undo')}>×</button>" },
    { code: '<span aria-hidden="true">→ · 2 %</span>' },
    { code: '<div className="samkart-card" data-focus="tp-title" />' },
    { code: "<input title={`${t('language.label')}: ${name}`} />" },
  ],
  invalid: [
    { code: '<p>Legg til aktør</p>', errors: [{ messageId: 'text' }] },
    { code: '<button aria-label="Lukk">×</button>', errors: [{ messageId: 'text' }] },
    { code: "<input placeholder={'Søk'} />", errors: [{ messageId: 'text' }] },
    { code: '<img alt={`Kart`} />', errors: [{ messageId: 'text' }] },
    { code: '<Textfield label="Navn" />', errors: [{ messageId: 'text' }] },
  ],
})
