import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from './helpers';
import { ROUTES, fixture, urlFor } from './endpoint-samples';

// Property: whatever arrives — wrong types, prototype keys, huge or odd unicode strings,
// random query strings, random text bodies — as any role, the API answers below 500, every
// 4xx carries the error shape, and a refused request leaves the database as it was.

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'version', 'values');
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '=cmd|/C calc',
    '\u0000',
    '\uD800',
    '💥'.repeat(1000),
    'a'.repeat(70_000),
    '2024Q1',
    '-1',
    'NaN',
  ),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const body = fc.oneof(
  fc
    .dictionary(fc.oneof(hostileKey, fc.string()), hostileValue, { maxKeys: 8 })
    .map((o) => ({ text: JSON.stringify(o), type: 'application/json' })),
  hostileValue.map((v) => ({ text: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  fc.string().map((text) => ({ text, type: 'application/json' })),
  fc.string().map((text) => ({ text, type: 'text/csv' })),
  fc.constant({
    text: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}',
    type: 'application/json',
  }),
);
const query = fc.dictionary(
  fc.oneof(hostileKey, fc.constantFrom('from', 'to', 'missions', 'format', 'dryRun', 'entity', 'id')),
  hostileString,
  {
    maxKeys: 3,
  },
);
const idLike = fc.oneof(
  fc.constantFrom('1', '2', '0', '-1', 'abc', '1e3', '99999999999999999999', '%00', '..'),
  fc.nat().map(String),
);

describe('fuzzing every endpoint', () => {
  it(`answers ${RUNS} hostile requests without a 5xx, with the error shape, and without side effects when refusing`, async () => {
    const ctx = await testApp();
    const agents = {
      anonymous: ctx.anonymous,
      viewer: await ctx.signIn('viewer'),
      analyst: await ctx.signIn('analyst'),
      admin: ctx.http,
    };
    const f = fixture(ctx.store);
    const fingerprint = () =>
      [
        'missions',
        'assessments',
        'assessment_values',
        'assessment_challenges',
        'settings_versions',
        'settings_version_targets',
        'users',
        'audit_log',
      ]
        .map((t) => JSON.stringify(ctx.db.prepare(`SELECT * FROM ${t}`).all()))
        .join('|');

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES.filter(({ endpoint }) => endpoint.tag !== 'auth' || endpoint.role !== null)),
        fc.constantFrom(...(Object.keys(agents) as (keyof typeof agents)[])),
        idLike,
        query,
        body,
        async (route, role, id, q, payload) => {
          const path = urlFor(route, f).replace(/\/\d+(?=\/|$)/, `/${encodeURIComponent(id)}`);
          const before = fingerprint();
          let req = agents[role][route.endpoint.method](path).query(q);
          if (route.endpoint.method !== 'get') {
            req = req.set('Content-Type', payload.type).send(payload.text);
          }
          const res = await req;
          expect(
            res.status,
            `${route.endpoint.method} ${path} -> ${res.status} ${JSON.stringify(res.body)}`,
          ).toBeLessThan(500);
          if (res.status >= 400) {
            expectErrorShape(res.body);
            expect(fingerprint(), `${route.endpoint.method} ${path} was refused but changed the database`).toBe(before);
          }
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
    );
  }, 300_000);
});
