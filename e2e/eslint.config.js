// ESLint for RoleFit's JavaScript: the browser's modules in web/ (rolefit-frame.js, which a
// host page may load as a classic script, excepted), the WordPress block's editor script, the
// examples, the npm package's command (`rolefit-check`), xtask's Node script that runs them for
// the settings test, and the end-to-end
// tests and benchmarks, which run in Node and hand functions to the browser. Run by `cargo xtask test` from the repository's root.
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/target/**'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js', 'examples/**/*.js', 'e2e/fixtures/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['web/rolefit-frame.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['wordpress/block/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },
  {
    files: ['e2e/tests/**/*.js', 'e2e/*.js', 'e2e/fixtures/make-banks.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['npm/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['xtask/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['e2e/fixtures/frameworks/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }],
    },
  },
];
