import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noNodeOrIo = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process'],
      message: 'core and analysis are pure: no Node APIs.',
    },
    {
      group: ['**/store/**', '**/server/**', '**/cli/**', '**/web/**', '**/contract/**'],
      message: 'core and analysis import only core (and analysis).',
    },
    {
      group: ['fastify', 'better-sqlite3', 'pg', 'kysely', '@inquirer/*', 'preact', 'preact/*'],
      message: 'no I/O or UI libraries in the pure layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/analysis/**/*.ts'],
    // test helpers (*.case.ts) are built for tests only and may read fixtures as tests do
    ignores: ['**/*.test.ts', '**/*.case.ts'],
    rules: {
      'no-restricted-imports': ['error', noNodeOrIo],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in; the core never reads the clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in; the core never reads the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass `rng` in; the core is deterministic.',
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeOrIo.patterns,
            {
              group: ['**/analysis/**', 'wink-*', 'chrono-node'],
              message: 'core imports nothing of ours outside core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    // Browser tests run in Node and drive the real server and store, so the fence is not theirs.
    ignores: ['src/web/e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/server/**', '**/cli/**', 'node:*'],
              message: 'the web client imports only core, analysis and contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'Buffer',
          'performance',
          'fetch',
          'TextDecoder',
          'TextEncoder',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
);
