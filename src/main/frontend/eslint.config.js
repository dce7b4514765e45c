// The page's lint rules; the Maven build runs them and fails on any error or warning.
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'prefer-const': 'error',
      'no-var': 'error',
      // Text goes into the page as text: an HTML sink would be an injection the CSP does not stop.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build elements with dom.el(); text is set as text.' },
        { property: 'outerHTML', message: 'Build elements with dom.el(); text is set as text.' }],
    },
  },
  {
    files: ['src/layout-worker.js'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['*.js', '*.mjs', 'test/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
];
