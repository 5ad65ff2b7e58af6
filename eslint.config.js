// Lint rules, including the architecture boundaries (see README "Architecture").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noExtension = {
  group: ['**/extension/**', '../extension/*', '../../extension/*'],
  message: 'src/ is the platform-free core: it must never import extension/.',
};
const noBackground = {
  group: ['**/background/**', '../background/*'],
  message: 'content code never imports background code: talk to it over the message protocol.',
};
const browserGlobals = ['chrome', 'browser'].map((name) => ({
  name,
  message: 'src/ is platform-free: no extension globals here.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/kb/**', 'artifacts/**', '.tmp/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', performance: 'readonly',
        globalThis: 'readonly', structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Never insert HTML from data.' },
        { property: 'outerHTML', message: 'Never insert HTML from data.' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noExtension] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['extension/content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBackground] }] },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs', 'tests/**/*.{js,mjs}'],
    languageOptions: { globals: { setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', fetch: 'readonly' } },
  },
);
