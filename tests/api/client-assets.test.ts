import express from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { clientAssets } from '../../server/src/http/client-assets';
import { ROUTES } from '../../server/src/http/route-preloads';
import { testApp } from './helpers';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-dist-'));
const script = 'console.log("assessment");\n'.repeat(100);
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head><title>CPEA</title></head></html>');
// As Vite writes it: the entry, a chunk it shares with the mission page, and the page's own.
fs.mkdirSync(path.join(dist, '.vite'));
fs.writeFileSync(
  path.join(dist, '.vite/manifest.json'),
  JSON.stringify({
    'src/app/main.tsx': { file: 'assets/entry-abc123.js', isEntry: true, imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared-def.js' },
    '_charts.js': { file: 'assets/charts-ghi.js', css: ['assets/charts-ghi.css'], imports: ['_shared.js'] },
    'src/app/pages/mission-page.tsx': {
      file: 'assets/mission-page-jkl.js',
      isDynamicEntry: true,
      imports: ['_shared.js', '_charts.js'],
    },
  }),
);
fs.writeFileSync(path.join(dist, 'assets/entry-abc123.js'), script);
fs.writeFileSync(path.join(dist, 'assets/entry-abc123.js.br'), zlib.brotliCompressSync(script));
fs.writeFileSync(path.join(dist, 'assets/entry-abc123.js.gz'), zlib.gzipSync(script));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

const client = clientAssets(dist);
const app = express().use(client.files).get(/.*/, client.page);

/** The body as bytes (supertest undoes the content coding itself) and the headers. */
async function fetchRaw(url: string, acceptEncoding?: string) {
  const req = request(app)
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (acceptEncoding !== undefined) req.set('Accept-Encoding', acceptEncoding);
  const res = await req;
  return { res, body: res.body as Buffer };
}

describe('the built client', () => {
  it('sends the brotli copy to a browser that accepts it, cached for good', async () => {
    const { res, body } = await fetchRaw('/assets/entry-abc123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(body.toString()).toBe(script);
  });

  it('falls back to gzip, then to the file itself, following the q-values', async () => {
    const gzip = await fetchRaw('/assets/entry-abc123.js', 'br;q=0, gzip');
    expect(gzip.res.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.toString()).toBe(script);
    const plain = await fetchRaw('/assets/entry-abc123.js', 'identity');
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('serves the page for client-side routes, revalidated on every load', async () => {
    const { res, body } = await fetchRaw('/missions/7', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(body.toString()).toContain('<title>CPEA</title>');
  });

  it("names a route's own code and styles in the page, beside the entry's, and its first data when signed in", async () => {
    const signedIn = await request(app).get('/missions/7').set('Cookie', 'cpea_session=abc');
    const links = (signedIn.text.match(/<link [^>]*>/g) ?? []).join('\n');
    expect(links).toContain('<link rel="modulepreload" crossorigin href="/assets/mission-page-jkl.js">');
    expect(links).toContain('<link rel="modulepreload" crossorigin href="/assets/charts-ghi.js">');
    expect(links).toContain('<link rel="preload" as="style" crossorigin href="/assets/charts-ghi.css">');
    expect(links).not.toContain('shared-def.js');
    expect(links).toContain('<link rel="preload" as="fetch" crossorigin href="/api/missions/7/view">');
    expect(links).toContain('href="/api/auth/me"');
    expect(links).toContain('href="/api/my-work"');
    expect(signedIn.text.indexOf('/api/my-work')).toBeLessThan(signedIn.text.indexOf('</head>'));
    expect(signedIn.headers['cache-control']).toBe('no-cache');

    const signedOut = await request(app).get('/missions/7');
    expect(signedOut.text).toContain('/assets/mission-page-jkl.js');
    expect(signedOut.text).not.toContain('/api/');
  });

  it('asks for the overview as it opens, and not for a view chosen in the address', async () => {
    const opening = await request(app).get('/').set('Cookie', 'cpea_session=abc');
    expect(opening.text).toContain('<link rel="preload" as="fetch" crossorigin href="/api/missions">');
    const chosen = await request(app).get('/?unapproved=1').set('Cookie', 'cpea_session=abc');
    expect(chosen.text).not.toContain('href="/api/missions"');
    expect(chosen.text).toContain('/api/auth/me');
  });

  it("names every route's page module as the client has it", () => {
    for (const route of ROUTES.filter((r) => r.page)) {
      expect(fs.existsSync(path.join(import.meta.dirname, '../../client', route.page!)), route.page).toBe(true);
    }
  });

  it('never serves the compressed copies by their own names, the manifest, nor files outside the build', async () => {
    expect((await fetchRaw('/.vite/manifest.json')).body.toString()).toContain('<title>CPEA</title>');
    expect((await fetchRaw('/assets/entry-abc123.js.br')).res.headers['content-type']).toMatch(/^text\/html/);
    expect((await fetchRaw('/..%2f..%2fetc%2fpasswd')).body.toString()).toContain('<title>CPEA</title>');
  });
});

describe('API answers', () => {
  it('travel compressed over 1 KB when the client accepts it', async () => {
    const { http } = await testApp();
    const res = await http.get('/api/catalog').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.kpis.length).toBeGreaterThan(0);
    const small = await http.get('/api/health').set('Accept-Encoding', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('travel as they are to a client that accepts no encoding, saying they vary on it', async () => {
    const { http } = await testApp();
    const compressed = await http.get('/api/catalog').set('Accept-Encoding', 'gzip');
    const plain = await http.get('/api/catalog').set('Accept-Encoding', '');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.body).toEqual(compressed.body);
  });
});
