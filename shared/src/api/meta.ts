import { z } from 'zod';
import { catalogSchema } from '../catalog';
import { healthSchema } from '../health';
import { endpoints, ok } from './endpoint';

/** This API as OpenAPI 3.1: its outline; the rest is the OpenAPI specification's to define. */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
  components: z.record(z.string(), z.unknown()),
});

export const metaEndpoints = endpoints('meta', {
  getHealth: {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the server is up, and its version',
    role: null,
    answer: ok(healthSchema, 'The server is up'),
  },
  getCatalog: {
    method: 'get',
    path: '/api/catalog',
    summary: 'KPIs with their indicators, and challenge categories, with sources',
    role: null,
    answer: ok(catalogSchema, 'The catalogs'),
  },
  getOpenApiDocument: {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API described as OpenAPI 3.1',
    role: null,
    answer: ok(openApiDocumentSchema, 'The OpenAPI document'),
  },
});
