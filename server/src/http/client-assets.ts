import type { Request, RequestHandler, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { SESSION_COOKIE } from './auth';
import { routePreloads } from './route-preloads';

// Hashed file names change with their content, so a browser may keep them for good; the page
// that names them is revalidated on every load, so a new build is picked up at once.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The codings a request accepts, by name (`br;q=0` refuses one). */
function acceptedCodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * Serves the built client from `dist`: precompressed copies (written at build time) to browsers
 * that accept them, immutable caching for hashed assets, and the page itself for every
 * client-side route. The list of files is read once: a build is fixed while the server runs.
 */
export function clientAssets(dist: string): { files: RequestHandler; page: RequestHandler } {
  const files = new Set(
    fs
      .readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      // The build's manifest is for the server alone.
      .filter((file) => !file.startsWith('.vite/')),
  );
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const preloadsFor = routePreloads(dist);

  const send = (req: Request, res: Response, file: string) => {
    const accepted = acceptedCodings(req.headers['accept-encoding']);
    const encoding = ENCODINGS.find((e) => accepted.has(e.name) && files.has(file + e.suffix));
    res.vary('Accept-Encoding');
    res.setHeader('Cache-Control', file.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    res.type(path.extname(file));
    if (encoding) res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(path.join(dist, file + (encoding?.suffix ?? '')), { cacheControl: false, dotfiles: 'deny' });
  };

  return {
    files: (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      let file: string;
      try {
        file = decodeURIComponent(req.path).replace(/^\/+/, '');
      } catch {
        return next();
      }
      if (!files.has(file) || file.endsWith('.br') || file.endsWith('.gz')) return next();
      send(req, res, file);
    },
    page: (req, res) => {
      const signedIn = req.headers.cookie?.includes(`${SESSION_COOKIE}=`) ?? false;
      const links = preloadsFor(new URL(req.originalUrl, 'http://page'), signedIn);
      if (!links) return send(req, res, 'index.html');
      // Built per request (the links depend on the address): compressed on the way out instead.
      res.setHeader('Cache-Control', REVALIDATE);
      res.type('html').send(page.replace('</head>', `${links}</head>`));
    },
  };
}
