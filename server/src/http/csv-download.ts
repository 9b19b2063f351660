import type { Response } from 'express';
import { streamChunks } from './stream';

/**
 * Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; without one,
 * "Séléka" opens as "SÃ©lÃ©ka". Our imports skip the mark, so a round trip changes nothing.
 */
const UTF8_BOM = '\uFEFF';

/** Starts a CSV file download: its headers, then the byte-order mark; the caller writes the rest. */
export function startCsvDownload(res: Response, filename: string) {
  res.type('text/csv; charset=utf-8').attachment(filename).setHeader('Cache-Control', 'no-store');
  res.write(UTF8_BOM);
}

/** A CSV file produced in chunks, sent as a download a chunk at a time, as the client reads it. */
export async function sendCsvFile(res: Response, file: { filename: string; chunks: Iterable<string> }) {
  startCsvDownload(res, file.filename);
  await streamChunks(res, file.chunks);
}
