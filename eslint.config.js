// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import samkart from './packages/i18n/src/lint/noHardcodedText.js'

/**
 * Layering: model ← layout ← (canvas, export) and model ← (i18n, collab, canvas) ← apps. Lower
 * layers may not import upper ones or the frameworks/network libraries that belong to them.
 * Enforced here, not by convention.
 */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})
const frameworks = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'The model is framework-free: no React.',
  },
  { group: ['@xyflow/*'], message: 'The model knows nothing of the canvas.' },
  {
    group: ['ws', 'y-websocket', 'y-protocols/*', '@y/*', 'better-sqlite3', 'node:*'],
    message: 'The model does no I/O and no networking.',
  },
  {
    group: ['@samkart/*'],
    message: 'The model is the bottom layer: it imports no other Samkart package.',
  },
]
const apps = {
  group: ['@samkart/server', '@samkart/web', '**/apps/**'],
  message: 'Packages may not import apps.',
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/test-results/**', '**/playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['packages/**/*.{ts,tsx}', 'apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Every string a user sees or hears comes from the catalogues (nb, nn, en).
    files: ['packages/canvas/src/**/*.tsx', 'apps/web/src/**/*.tsx', 'packages/i18n/src/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { samkart },
    rules: { 'samkart/no-hardcoded-text': 'error' },
  },
  { files: ['packages/model/**/*.ts'], rules: restrict(frameworks) },
  {
    files: ['packages/i18n/**/*.{ts,tsx}'],
    rules: restrict([
      apps,
      {
        group: ['@xyflow/*', 'yjs', 'y-websocket', 'ws', '@samkart/collab', '@samkart/canvas'],
        message: 'i18n holds only strings and formatting.',
      },
    ]),
  },
  {
    files: [
      'packages/i18n/src/index.ts',
      'packages/i18n/src/translate.ts',
      'packages/i18n/src/messages/**',
    ],
    rules: restrict([
      {
        group: ['react', 'react/*'],
        message: 'The i18n core is framework-free; React lives in src/react.',
      },
    ]),
  },
  {
    files: ['packages/layout/**/*.ts'],
    rules: restrict([
      apps,
      {
        group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@xyflow/*'],
        message: 'layout is framework-free: the canvas and the exports both call it.',
      },
      {
        group: ['@samkart/canvas', '@samkart/collab', '@samkart/export', '@samkart/i18n'],
        message: 'layout sits just above the model: it may import only @samkart/model (types).',
      },
      {
        group: ['yjs', 'ws', 'y-websocket', 'y-protocols/*', '@y/*', 'better-sqlite3', 'node:*'],
        message: 'layout does no I/O: numbers in, positions out.',
      },
    ]),
  },
  {
    files: ['packages/collab/**/*.ts'],
    rules: restrict([
      apps,
      {
        group: ['react', 'react/*', '@xyflow/*', '@samkart/canvas', 'better-sqlite3', 'ws'],
        message: 'collab is framework-free client sync code.',
      },
    ]),
  },
  {
    files: ['packages/export/**/*.ts'],
    rules: restrict([
      apps,
      {
        group: [
          'react',
          'react/*',
          '@xyflow/*',
          '@samkart/canvas',
          '@samkart/collab',
          'y-websocket',
          'ws',
          'better-sqlite3',
        ],
        message: 'export is framework-free: board in, file bytes out; the apps do the I/O.',
      },
    ]),
  },
  {
    files: ['packages/canvas/**/*.{ts,tsx}'],
    rules: restrict([
      apps,
      {
        group: ['y-websocket', 'y-protocols/*', 'ws', '@samkart/collab'],
        message: 'The canvas gets a Y.Doc and awareness from the app; it does not connect.',
      },
    ]),
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: restrict([
      {
        group: ['react', 'react/*', '@xyflow/*', '@samkart/canvas', '@samkart/web'],
        message: 'The server has no UI.',
      },
    ]),
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/e2e/**', '**/bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
