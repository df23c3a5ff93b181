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
    // Shipped code: page content is hostile and nothing in PressClip renders HTML, so the HTML sinks are
    // off (text goes in through textContent and input values; see README on why there is no DOMPurify).
    // Tests and scripts may build fixture DOMs from markup.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
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
);
