import type { Response } from 'express';

/**
 * Serialized response bodies, least recently used first out, within a byte budget. Keys carry
 * the data version, so an entry is never stale: after a write it is simply never asked for
 * again, and ages out.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Buffer | undefined {
    const body = this.entries.get(key);
    if (body) {
      // Map keeps insertion order: moving the entry to the end marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(key: string, body: Buffer) {
    if (body.length > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, body);
    this.bytes += body.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string) {
    const body = this.entries.get(key);
    if (body) {
      this.entries.delete(key);
      this.bytes -= body.length;
    }
  }
}

/**
 * Sends a JSON body that depends only on the data version and `variant`, with a weak ETag of
 * `W/"<tag>-<version>"`: built once per version and variant and kept in `cache`, and answered
 * with 304 Not Modified when the client already holds it (Express's `req.fresh` compares
 * If-None-Match with the ETag set here). Call it after authorisation: a cached body is no less
 * protected.
 */
export function sendVersionedJson(
  res: Response,
  cache: ResponseCache,
  { version, tag, variant }: { version: number; tag: string; variant: string },
  build: () => unknown,
) {
  const etag = `W/"${tag}-${version}"`;
  const key = `${etag} ${variant}`;
  let body = cache.get(key);
  if (!body) {
    body = Buffer.from(JSON.stringify(build()));
    cache.set(key, body);
  }
  // no-cache: a browser may keep the body but must ask again, and gets 304 while it stands.
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  // Sent as it is kept: Express's send would look the type up and check the body's kind again.
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
