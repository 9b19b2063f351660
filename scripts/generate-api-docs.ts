import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { buildOpenApiDocument } from '../server/src/openapi/document';
import { renderApiReference } from '../server/src/openapi/reference';

// Writes docs/API.md from the OpenAPI document. The OpenAPI test renders it again and fails
// when the file differs, so run this after changing a route or a shared schema:
//   npx tsx scripts/generate-api-docs.ts

export const API_REFERENCE = path.resolve(import.meta.dirname, '../docs/API.md');

/** The reference as the repository keeps it: rendered, then formatted the way `prettier --check` wants. */
export async function formattedApiReference(): Promise<string> {
  const options = await prettier.resolveConfig(API_REFERENCE);
  return prettier.format(renderApiReference(buildOpenApiDocument()), { ...options, filepath: API_REFERENCE });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  fs.mkdirSync(path.dirname(API_REFERENCE), { recursive: true });
  fs.writeFileSync(API_REFERENCE, await formattedApiReference());
  console.log(`Wrote ${path.relative(process.cwd(), API_REFERENCE)}`);
}
