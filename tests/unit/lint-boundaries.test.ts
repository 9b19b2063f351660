import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rules a snippet breaks when it is linted as if it were the file at `filePath` (from the root). */
async function brokenRules(filePath: string, code: string, linter = eslint): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: path.resolve(ROOT, filePath) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const PATHS = 'import-x/no-restricted-paths';
const IMPORTS = 'no-restricted-imports';

// Each import names a real file, so the resolver finds it and only the arrow itself is wrong.
const forbidden: [arrow: string, filePath: string, code: string, rule: string][] = [
  [
    'routes → db',
    'server/src/routes/example.ts',
    "import type { Store } from '../db/store';\nexport type Used = Store;",
    PATHS,
  ],
  [
    'routes → db, however the path is spelt',
    'server/src/routes/example.ts',
    "import type { Store } from '../../../server/src/services/../db/store';\nexport type Used = Store;",
    PATHS,
  ],
  [
    'http → db',
    'server/src/http/example.ts',
    "import { createStore } from '../db/store';\nexport const used = createStore;",
    PATHS,
  ],
  [
    'services → express',
    'server/src/services/example.ts',
    "import type { Request } from 'express';\nexport type Used = Request;",
    IMPORTS,
  ],
  [
    'services → http',
    'server/src/services/example.ts',
    "import { parse } from '../http/parse';\nexport const used = parse;",
    PATHS,
  ],
  [
    'services → routes',
    'server/src/services/example.ts',
    "import { missionsRouter } from '../routes/missions';\nexport const used = missionsRouter;",
    PATHS,
  ],
  [
    'db → services',
    'server/src/db/example.ts',
    "import { getMission } from '../services/missions';\nexport const used = getMission;",
    PATHS,
  ],
  [
    'db → http',
    'server/src/db/example.ts',
    "import { requireRole } from '../http/auth';\nexport const used = requireRole;",
    PATHS,
  ],
  [
    'shared → a package other than zod',
    'shared/src/example.ts',
    "import express from 'express';\nexport const used = express;",
    IMPORTS,
  ],
  ['shared → node', 'shared/src/example.ts', "import fs from 'node:fs';\nexport const used = fs;", IMPORTS],
  [
    'shared → server',
    'shared/src/example.ts',
    "import { DomainError } from '../../server/src/domain-error';\nexport const used = DomainError;",
    PATHS,
  ],
  [
    'client feature → another feature',
    'client/src/features/workflow/components/example.tsx',
    "import { useUsers } from '../../admin/api/get-users';\nexport const used = useUsers;",
    PATHS,
  ],
  [
    'client → server',
    'client/src/lib/example.ts',
    "import { DomainError } from '../../../server/src/domain-error';\nexport const used = DomainError;",
    PATHS,
  ],
];

const allowed: [arrow: string, filePath: string, code: string][] = [
  [
    'routes → services',
    'server/src/routes/example.ts',
    "import type { UseCases } from '../services/use-cases';\nexport type Used = UseCases;",
  ],
  [
    'services → db and the domain error',
    'server/src/services/example.ts',
    "import type { Store } from '../db/store';\nimport { notFound } from '../domain-error';\nexport const used = (store: Store) => [store, notFound];",
  ],
  [
    'a client page → features',
    'client/src/app/pages/example.tsx',
    "import { useUsers } from '../../features/admin/api/get-users';\nimport { useMe } from '../../features/auth/api/get-me';\nexport const used = [useUsers, useMe];",
  ],
  [
    'a feature → itself, lib and shared',
    'client/src/features/admin/components/example.tsx',
    "import { useUsers } from '../api/get-users';\nimport { api } from '../../../lib/api';\nimport { hasRole } from '@cpea/shared/user';\nexport const used = [useUsers, api, hasRole];",
  ],
  ['shared → zod', 'shared/src/example.ts', "import { z } from 'zod';\nexport const used = z;"],
];

describe('the linter guards the layers', () => {
  it.each(forbidden)('refuses %s', async (_arrow, filePath, code, rule) => {
    expect(await brokenRules(filePath, code)).toEqual([rule]);
  });

  it.each(allowed)('allows %s', async (_arrow, filePath, code) => {
    expect(await brokenRules(filePath, code)).toEqual([]);
  });
});

describe('the linter refuses import cycles', () => {
  let dir: string;
  let linter: ESLint;

  beforeAll(() => {
    // Real files, since the rule follows imports on disk, linted with the project's own config.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-lint-cycle-'));
    fs.writeFileSync(
      path.join(dir, 'first.ts'),
      "import { second } from './second';\nexport const first = second + 1;\n",
    );
    fs.writeFileSync(
      path.join(dir, 'second.ts'),
      "import { first } from './first';\nexport const second = first + 1;\n",
    );
    fs.writeFileSync(path.join(dir, 'third.ts'), 'export const third = 3;\n');
    linter = new ESLint({ cwd: dir, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a module that imports one importing it back', async () => {
    const code = fs.readFileSync(path.join(dir, 'first.ts'), 'utf8');
    expect(await brokenRules(path.join(dir, 'first.ts'), code, linter)).toEqual(['import-x/no-cycle']);
  });

  it('leaves a one-way import alone', async () => {
    const code = "import { third } from './third';\nexport const fourth = third + 1;\n";
    expect(await brokenRules(path.join(dir, 'fourth.ts'), code, linter)).toEqual([]);
  });
});
