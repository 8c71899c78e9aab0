// @ts-check
/**
 * ESLint rule `samkart/no-hardcoded-text`: user-facing text in JSX goes through the i18n layer
 * (`t('…')`), so every string exists in bokmål, nynorsk and English. Flags JSX text with a
 * letter in it, and string literals with a letter in the attributes people read or hear
 * (`aria-label`, `title`, `placeholder`, `alt`, `label` …). Symbols and numbers («×», «→», «2»)
 * pass; so does text marked with a `lang` other than the page's on the same element (a
 * language's own name, «English», in a language menu).
 */

/** Attributes whose value a person reads or a screen reader says. */
const SPOKEN = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'closeButton',
  'description',
  'error',
])

const LETTER = /\p{L}/u

/** @param {import('estree').Node | null | undefined} node */
function literalText(node) {
  if (!node) return null
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked).join('')
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const noHardcodedText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-facing JSX text must come from the i18n catalogues' },
    messages: {
      text: 'User-facing text «{{text}}» is hard-coded: add a message to @samkart/i18n and use t().',
    },
    schema: [],
  },
  create(context) {
    return {
      /** @param {any} node */
      JSXText(node) {
        const text = node.value.trim()
        if (text && LETTER.test(text))
          context.report({ node, messageId: 'text', data: { text: text.slice(0, 40) } })
      },
      /** @param {any} node */
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : ''
        if (!SPOKEN.has(name) || !node.value) return
        const value =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value
        const text = literalText(value)
        if (text && LETTER.test(text))
          context.report({ node, messageId: 'text', data: { text: text.slice(0, 40) } })
      },
    }
  },
}

/** The plugin, for `plugins: { samkart: … }` in eslint.config.js. */
export default { rules: { 'no-hardcoded-text': noHardcodedText } }
