import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, isJsonAnswer, pathOf } from '../../shared/src/api/endpoint';
import { ENDPOINTS } from '../../shared/src/api/registry';
import type { LiveComparisonReport } from '../../shared/src/comparison';
import type { MissionScores } from '../../shared/src/scoring';
import {
  buildOpenApiDocument,
  toOpenApiPath,
  type Operation,
  type Ref,
  type Response,
} from '../../server/src/openapi/document';
import { seedDemoPortfolio } from '../../server/src/services/demo-seed';
import type { SchemaName } from '../../server/src/openapi/schemas';
import { API_REFERENCE, formattedApiReference } from '../../scripts/generate-api-docs';
import { expectErrorShape, sampleMission, testApp } from './helpers';
import { schemaViolations, zodFromDocumentSchema } from './json-schema';
import { ROUTES, fixture, routeName, send, urlFor, type Fixture } from './endpoint-samples';

const doc = buildOpenApiDocument();
const components = doc.components.schemas;

/** The operation a concrete request is answered by, found by matching the documented path templates. */
function operationFor(method: string, url: string): Operation | undefined {
  const path = url.split('?')[0];
  for (const [template, item] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
    if (pattern.test(path)) return item[method as keyof typeof item];
  }
  return undefined;
}

function resolve<T>(value: T | Ref): T {
  if (!(typeof value === 'object' && value !== null && '$ref' in value)) return value;
  const target = value.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
  if (target === undefined) throw new Error(`${value.$ref} does not resolve`);
  return target as T;
}

/** The documented response for a status, checked against what came back. */
function expectDocumented(op: Operation, res: { status: number; headers: Record<string, string>; body: unknown }) {
  const documented = op.responses[String(res.status)];
  expect(documented, `status ${res.status} is not documented for ${op.operationId}`).toBeDefined();
  const response = resolve<Response>(documented);
  if (!response.content) {
    expect(res.status).toBe(204);
    return;
  }
  const [mediaType] = Object.keys(response.content);
  expect(res.headers['content-type']).toMatch(new RegExp(`^${mediaType}`));
  if (mediaType === 'application/json') {
    expect(schemaViolations(response.content[mediaType].schema, components, res.body)).toBeNull();
  }
}

/** The paths the registry declares, each with the methods it answers; `:id` filled with 1. */
function declaredPaths(): Map<string, Set<string>> {
  const paths = new Map<string, Set<string>>();
  for (const endpoint of ENDPOINTS) {
    const path = pathOf(endpoint.path, { id: 1 });
    paths.set(path, (paths.get(path) ?? new Set()).add(endpoint.method));
  }
  return paths;
}

describe('the app mounts exactly the declared endpoints', () => {
  it('documents each declared endpoint once', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      HTTP_METHODS.filter((method) => item[method]).map((method) => `${method} ${path}`),
    );
    const declared = ENDPOINTS.map((endpoint) => `${endpoint.method} ${toOpenApiPath(endpoint.path)}`);
    expect(documented.sort()).toEqual([...new Set(declared)].sort());
    expect(declared).toHaveLength(new Set(declared).size);
  });

  it.each(ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
    '%s is mounted: asked with nothing, it refuses or answers, but never as an unknown route',
    async (_name, endpoint) => {
      const { anonymous } = await testApp();
      const res = await anonymous[endpoint.method](pathOf(endpoint.path, { id: 1 }));
      expect(res.status, JSON.stringify(res.body)).not.toBe(404);
    },
  );

  it('answers every method a declared path does not declare, and paths nobody declared, with a 404 in the error shape', async () => {
    const { http } = await testApp();
    const undeclared = [...declaredPaths()].flatMap(([path, methods]) =>
      HTTP_METHODS.filter((method) => !methods.has(method)).map((method) => [method, path] as const),
    );
    undeclared.push(['get', '/api/nothing'], ['post', '/api/missions/1/nothing'], ['get', '/api/missions/1/2']);
    expect(undeclared.length).toBeGreaterThan(ENDPOINTS.length);
    for (const [method, path] of undeclared) {
      const res = await http[method](path);
      expect({ method, path, status: res.status, type: res.type }).toEqual({
        method,
        path,
        status: 404,
        type: 'application/json',
      });
      expectErrorShape(res.body);
      expect(res.body.error.message).toBe(`No route for ${method.toUpperCase()} ${path}`);
    }
  });
});

describe('the OpenAPI document is well formed', () => {
  it('is OpenAPI 3.1 with info, paths and components', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toEqual(expect.any(String));
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
    expect(Object.keys(doc.paths).every((path) => path.startsWith('/api/'))).toBe(true);
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'cpea_session',
    });
    // Plain JSON: nothing a serialiser would drop or change.
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('gives every operation an id, a tag, one success, its role and the errors that role implies', () => {
    const tags = new Set(doc.tags.map((tag) => tag.name));
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(ids.has(op.operationId), `${where}: duplicate operationId`).toBe(false);
        ids.add(op.operationId);
        expect(
          op.tags.every((tag) => tags.has(tag)),
          where,
        ).toBe(true);
        expect(
          Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status)),
          where,
        ).toHaveLength(1);
        const role = op['x-required-role'];
        expect([null, 'viewer', 'analyst', 'admin'], where).toContain(role);
        expect(op.security, where).toEqual(role == null ? [] : [{ session: [] }]);
        expect(op.description, where).toMatch(role == null ? /anyone/ : new RegExp(role));
        if (role != null) expect(op.responses, where).toHaveProperty('401');
        if (role === 'analyst' || role === 'admin') expect(op.responses, where).toHaveProperty('403');
        if (op.requestBody) expect(op.responses, where).toHaveProperty('413');
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(
          inPath.map((p) => p.name),
          where,
        ).toEqual(templated);
        expect(inPath.every((p) => p.required)).toBe(true);
        if (templated.length > 0) expect(op.responses, where).toHaveProperty('404');
      }
    }
  });

  it('resolves every $ref', () => {
    const refs: string[] = [];
    const visit = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      if (typeof (node as Ref).$ref === 'string') refs.push((node as Ref).$ref);
      Object.values(node).forEach(visit);
    };
    visit(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\//);
      expect(() => resolve({ $ref: ref })).not.toThrow();
    }
  });

  it('has component schemas that read back as JSON Schema', () => {
    for (const [name, schema] of Object.entries(components)) {
      expect(() => zodFromDocumentSchema(schema, components), name).not.toThrow();
    }
  });

  it('is served at GET /api/openapi.json to anyone', async () => {
    const { anonymous } = await testApp();
    const res = await anonymous.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('responses match the document', () => {
  it.each(ROUTES.map((route) => [routeName(route), route] as const))('%s', async (_name, route) => {
    const { store, http } = await testApp();
    const f = fixture(store);
    const op = operationFor(route.endpoint.method, urlFor(route, f));
    expect(op?.operationId).toBe(route.endpoint.operationId);
    const res = await send(http, route, f);
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    expectDocumented(op!, res);
    const { answer } = route.endpoint;
    if (isJsonAnswer(answer)) expect(answer.schema.safeParse(res.body).error).toBeUndefined();
  });

  it('catches a body that breaks its schema', async () => {
    const { store, http } = await testApp();
    const f = fixture(store);
    const res = await http.get(`/api/missions/${f.missionId}`);
    const schema = { $ref: '#/components/schemas/Mission' };
    expect(schemaViolations(schema, components, res.body)).toBeNull();
    expect(schemaViolations(schema, components, { ...res.body, id: 'one' })).toMatch(/id/);
    expect(schemaViolations(schema, components, { ...res.body, extra: true })).toMatch(/extra/);
    const { archived: _, ...withoutArchived } = res.body as Record<string, unknown>;
    expect(schemaViolations(schema, components, withoutArchived)).toMatch(/archived/);
  });

  it('match for the scores, comparison, frozen reports and catalog of a whole portfolio', async () => {
    const { store, http } = await testApp();
    seedDemoPortfolio(store);
    const expectConforms = (name: SchemaName, body: unknown) =>
      expect(schemaViolations({ $ref: `#/components/schemas/${name}` }, components, body), name).toBeNull();

    const quarterly = store.missions.list(true).filter((mission) => mission.periodType === 'quarter');
    const scores = await Promise.all(quarterly.map((mission) => http.get(`/api/missions/${mission.id}/scores`)));
    for (const res of scores) expectConforms('MissionScores', res.body);
    const periods = scores.flatMap((res) => (res.body as MissionScores).periods);
    // Every part of the schema is exercised: a check that passes over empty lists proves nothing.
    expect(periods.some((period) => period.flags.length > 0)).toBe(true);
    expect(periods.some((period) => period.kpis.some((kpi) => kpi.indicators.some((i) => i.unscoredReason)))).toBe(
      true,
    );

    const missions = quarterly.map((mission) => mission.id).join(',');
    const comparison = await http.get(`/api/reports/comparison?missions=${missions}`);
    expectConforms('ComparisonReport', comparison.body);
    const report = comparison.body as LiveComparisonReport;
    expect(report.narratives.length).toBeGreaterThan(0);
    expect(report.association.rows.some((row) => row.withinRho.lower != null && row.gap.lower != null)).toBe(true);
    expect(report.association.rows.some((row) => row.gapReason === 'too_few_to_compare')).toBe(true);
    expect(report.missions.every((mission) => mission.latest != null)).toBe(true);

    const frozen = await http.post('/api/reports/frozen').send({ title: 'Portfolio', missions, approvedOnly: true });
    expectConforms('FrozenReportSummary', frozen.body);
    for (const summary of (await http.get('/api/reports/frozen')).body) expectConforms('FrozenReportSummary', summary);
    expectConforms('FrozenReport', (await http.get(`/api/reports/frozen/${frozen.body.id}`)).body);
    expectConforms('Catalog', (await http.get('/api/catalog')).body);
  });

  interface ErrorCase {
    name: string;
    as: 'anonymous' | 'viewer' | 'admin';
    method: 'get' | 'post' | 'patch';
    path: (f: Fixture) => string;
    body?: (f: Fixture) => object | string;
    contentType?: string;
    origin?: string;
    status: number;
  }

  const ERRORS: ErrorCase[] = [
    { name: 'bad input', as: 'admin', method: 'post', path: () => '/api/missions', body: () => ({}), status: 400 },
    { name: 'a bad id', as: 'admin', method: 'get', path: () => '/api/missions/abc', status: 400 },
    {
      name: 'a bad query',
      as: 'admin',
      method: 'get',
      path: (f) => `/api/missions/${f.missionId}/scores?from=x`,
      status: 400,
    },
    { name: 'not signed in', as: 'anonymous', method: 'get', path: () => '/api/missions', status: 401 },
    {
      name: 'a role too low',
      as: 'viewer',
      method: 'post',
      path: () => '/api/missions',
      body: () => sampleMission,
      status: 403,
    },
    { name: 'no such mission', as: 'admin', method: 'get', path: () => '/api/missions/999999', status: 404 },
    {
      name: 'a stale version',
      as: 'admin',
      method: 'patch',
      path: (f) => `/api/assessments/${f.draftId}`,
      body: () => ({ version: 7 }),
      status: 409,
    },
    {
      name: 'a body too large',
      as: 'admin',
      method: 'post',
      path: () => '/api/missions',
      body: () => ({ ...sampleMission, mandate: 'x'.repeat(1_100_000) }),
      status: 413,
    },
    {
      name: 'a change sent from another origin',
      as: 'anonymous',
      method: 'post',
      path: () => '/api/auth/login',
      body: () => ({ username: 'admin', password: 'x' }),
      origin: 'http://localhost:1',
      status: 403,
    },
    {
      name: 'a CSV sent as text/plain',
      as: 'admin',
      method: 'post',
      path: () => '/api/import/assessments',
      body: () => 'mission_id,period\n1,2024Q1\n',
      contentType: 'text/plain',
      status: 415,
    },
    {
      name: 'a CSV with the wrong columns',
      as: 'admin',
      method: 'post',
      path: () => '/api/import/ucdp-ged',
      body: () => 'mission_id,period\n1,2024Q1\n',
      contentType: 'text/csv',
      status: 422,
    },
  ];

  it.each(ERRORS.map((c) => [`${c.status}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const ctx = await testApp();
    const f = fixture(ctx.store);
    const agent = c.as === 'admin' ? ctx.http : c.as === 'viewer' ? await ctx.signIn('viewer') : ctx.anonymous;
    const op = operationFor(c.method, c.path(f));
    if (!op) throw new Error(`${c.method} ${c.path(f)} is not in the document`);
    const req = agent[c.method](c.path(f)).set(c.origin ? { Origin: c.origin } : {});
    const res = c.body ? await req.set('Content-Type', c.contentType ?? 'application/json').send(c.body(f)) : await req;
    expect(res.status, JSON.stringify(res.body)).toBe(c.status);
    expectDocumented(op, res);
  });
});

describe('docs/API.md', () => {
  it('is the reference rendered from the document; run `npx tsx scripts/generate-api-docs.ts` after a change', async () => {
    const written = fs.existsSync(API_REFERENCE) ? fs.readFileSync(API_REFERENCE, 'utf8') : '';
    expect(written).toBe(await formattedApiReference());
  });
});
