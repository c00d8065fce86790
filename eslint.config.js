// Lint rules: typescript-eslint's recommended set, plus the project habit that only
// src/report/ talks to the terminal.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'problems/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  // The page of `letscode serve` runs in a browser.
  { files: ['web/src/**/*.ts'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/report/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['chalk', 'ora', 'cli-table3'].map((name) => ({ name, message: 'Terminal output lives in src/report/.' })),
      }],
      'no-console': 'error',
    },
  },
);
