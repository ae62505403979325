import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'build/', 'out/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core and the use cases never touch a runtime: no Apps Script globals, no Node.
    files: ['src/core/**/*.ts', 'src/app/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'FormApp',
          'MailApp',
          'CalendarApp',
          'DocumentApp',
          'PropertiesService',
          'LockService',
          'ScriptApp',
          'HtmlService',
          'Utilities',
          'Session',
          'Logger',
          'process',
          'require',
          'Buffer',
        ].map((name) => ({ name, message: 'The core and use cases are pure: go through a port.' })),
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', '../gas/*', '../local/*', '../../gas/*', '../../local/*'] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
