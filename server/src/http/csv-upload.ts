import { setImmediate as nextTurn } from 'node:timers/promises';
import { MIMEType } from 'node:util';
import type { Request } from 'express';
import { IMPORT_MAX_BYTES } from '@cpea/shared/imports';
import { DomainError, invalid } from '../domain-error';

// Only text/csv: a page on another origin can send text/plain or a form without the browser
// asking the server first, but not text/csv.
const CSV_TYPE = 'text/csv';

function isCsv(contentType: string | undefined): boolean {
  try {
    return contentType != null && new MIMEType(contentType).essence === CSV_TYPE;
  } catch {
    return false;
  }
}

/**
 * The CSV file of an import request as it arrives, chunk by chunk: handed on as received, it is
 * never joined into one buffer on the event loop, which for 50 MB is a task long enough to hold up
 * every other request. Throws 415 at once for another type or a compressed body. Past
 * `maxBytes` the chunks end in 413, once the rest has been read off (as body-parser does),
 * so that the client, still sending, hears the answer.
 */
export function csvUpload(req: Request, maxBytes = IMPORT_MAX_BYTES): AsyncIterable<Buffer> {
  if (!isCsv(req.get('content-type'))) {
    throw new DomainError('unsupported_media_type', 'Send the file as text/csv', [
      { path: 'body', message: `Expected Content-Type text/csv, not ${req.get('content-type') ?? 'none'}` },
    ]);
  }
  const encoding = req.get('content-encoding') ?? 'identity';
  if (encoding.toLowerCase() !== 'identity') {
    throw new DomainError('unsupported_media_type', 'Send the file uncompressed', [
      { path: 'body', message: `Content-Encoding ${encoding} is not accepted` },
    ]);
  }
  return chunksUpTo(req, maxBytes);
}

async function* chunksUpTo(req: Request, maxBytes: number): AsyncGenerator<Buffer> {
  let received = 0;
  let tooLarge = Number(req.get('content-length')) > maxBytes;
  // Not destroyed when the reader stops early: the request must stay open for its answer.
  const chunks = req.iterator({ destroyOnReturn: false });
  for (;;) {
    // One chunk per turn of the event loop: asked for at once, the next chunk would be read in
    // the same task, and a fast upload would take 2 MB at a time before any other request.
    await nextTurn();
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch {
      throw invalid('The upload stopped before the whole file arrived');
    }
    if (next.done) break;
    received += next.value.length;
    tooLarge ||= received > maxBytes;
    if (!tooLarge) yield next.value;
  }
  if (tooLarge) {
    const message = `The file is larger than ${(maxBytes / 1024 / 1024).toLocaleString('en')} MB, the most one import takes; split it into smaller files`;
    throw new DomainError('too_large', message, [{ path: 'body', message }]);
  }
}
