import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'companion/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Shipped code: page content is hostile, so the HTML sinks are off: text goes in through textContent and input
    // values, and the one place that shows page-derived markup (the release text) renders DOMPurify's DOM fragment
    // (see README). Tests and scripts may build fixture DOMs from markup.
    files: ['entrypoints/**', 'components/**', 'utils/**', 'storage/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent: page text is hostile.' },
        { property: 'outerHTML', message: 'Use textContent: page text is hostile.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes and use textContent.' },
        { property: 'createContextualFragment', message: 'Build nodes and use textContent.' },
        { object: 'document', property: 'write', message: 'Build nodes and use textContent.' },
      ],
    },
  },
  // The layers import only downward: entrypoints → components → storage → utils. utils/ is pure logic, plain
  // inputs to plain data: no browser API, no WXT, no glue above it (storage/ holds the extension-storage items).
  {
    files: ['utils/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/entrypoints/**', '**/components/**', '**/storage/**'], message: 'utils/ is the bottom layer: it imports no glue.' },
        { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'], message: 'utils/ uses no browser API; put the glue in storage/, components/ or entrypoints/.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'utils/ uses no browser API.' }, { name: 'chrome', message: 'utils/ uses no browser API.' }],
    },
  },
  {
    files: ['storage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**', '**/components/**'], message: 'storage/ sits below components and entrypoints.' }] }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ never import an entrypoint.' }] }],
    },
  },
);
