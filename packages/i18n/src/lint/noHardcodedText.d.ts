import type { Rule } from 'eslint'

/** See noHardcodedText.js. */
export declare const noHardcodedText: Rule.RuleModule
declare const plugin: { rules: { 'no-hardcoded-text': Rule.RuleModule } }
export default plugin
