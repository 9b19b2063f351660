import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const ROOT = import.meta.dirname;
const FEATURES = fs.readdirSync(path.join(ROOT, 'client/src/features'));

/**
 * The arrows the architecture forbids, checked on the resolved file, so no spelling of a path gets
 * round them. Routes, services and repositories run one way; features meet only in app/.
 */
const FORBIDDEN_ARROWS = [
  {
    target: 'server/src/routes',
    from: 'server/src/db',
    message: 'Routes call the use cases they are given; only services reach the database.',
  },
  {
    target: 'server/src/http',
    from: 'server/src/db',
    message: 'The HTTP layer calls the use cases it is given; only services reach the database.',
  },
  {
    target: 'server/src/services',
    from: ['server/src/http', 'server/src/routes'],
    message: 'Services know nothing of HTTP: raise a DomainError and let the error middleware answer.',
  },
  {
    target: 'server/src/db',
    from: ['server/src/services', 'server/src/routes', 'server/src/http'],
    message: 'Repositories hold SQL only; they are called, never call up.',
  },
  { target: 'client', from: 'server', message: 'The client never imports server code.' },
  { target: 'shared', from: ['server', 'client'], message: 'shared/ is pure: it imports zod and nothing else.' },
  ...FEATURES.map((feature) => ({
    target: `client/src/features/${feature}`,
    from: 'client/src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: compose them in client/src/app, or move what both need to lib/.',
  })),
];

export default tseslint.config(
  { ignores: ['**/node_modules/', 'client/dist/', 'test-results/', 'playwright-report/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: FORBIDDEN_ARROWS }],
      'import-x/no-cycle': 'error',
      // A path the resolver cannot follow would slip past both rules above.
      'import-x/no-unresolved': 'error',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['server/src/services/**/*.ts', 'server/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['express', 'express/*', 'express-*', 'body-parser', 'compression', 'helmet'],
              message: 'Services and repositories know nothing of HTTP: routes and http/ speak Express.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|\\.{1,2}/|@cpea/shared/)',
              message: 'shared/ is pure: it imports zod and nothing else.',
            },
          ],
        },
      ],
    },
  },
);
