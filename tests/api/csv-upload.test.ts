import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { csvUpload } from '../../server/src/http/csv-upload';
import { errorMiddleware } from '../../server/src/http/error-middleware';
import { expectErrorShape } from './helpers';

// The reader of an import's CSV upload (http/csv-upload.ts) over real HTTP: a route that reads the
// file with it and says what it received, and how the reading ended.

/** Larger than one read from a socket (64 KB), so that a body past it arrives in several chunks. */
const LIMIT = 256 * 1024;

/**
 * What the route received, the error its reading ended in if it did not end with the file, and
 * the turns of the event loop while it read.
 */
interface Outcome {
  chunks: Buffer[];
  error: unknown;
  turns: number;
}

const servers: http.Server[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/**
 * Listens with one route that reads its body through `csvUpload`, once `ready` resolves;
 * `outcome` settles when reading has ended.
 */
async function uploadServer(ready: Promise<unknown> = Promise.resolve()) {
  let settle: (outcome: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  const app = express();
  app.post('/upload', async (req, res) => {
    await ready;
    const chunks: Buffer[] = [];
    let turns = 0;
    let reading = true;
    const turn = () => {
      turns++;
      if (reading) setImmediate(turn);
    };
    setImmediate(turn);
    try {
      for await (const chunk of csvUpload(req, LIMIT)) chunks.push(chunk);
    } catch (error) {
      settle({ chunks, error, turns });
      throw error;
    } finally {
      reading = false;
    }
    settle({ chunks, error: null, turns });
    res.json({ bytes: Buffer.concat(chunks).length });
  });
  app.use(errorMiddleware(pino({ level: 'silent' })));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, outcome };
}

interface Sent {
  status: number;
  body: unknown;
}

/**
 * POSTs `pieces`, each written on its own (chunked transfer encoding, so the server receives each
 * as one chunk or more), with `headers`.
 */
function post(port: number, pieces: Buffer[], headers: Record<string, string> = {}, onSent = () => {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { port, host: '127.0.0.1', method: 'POST', path: '/upload', headers: { 'Content-Type': 'text/csv', ...headers } },
      (res) => {
        const received: Buffer[] = [];
        res.on('data', (chunk: Buffer) => received.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(received).toString()) }));
      },
    );
    req.on('error', reject);
    for (const piece of pieces) req.write(piece);
    req.end(onSent);
  });
}

describe('the CSV upload reader', () => {
  it('hands on every byte in order, in chunks as they arrive rather than joined into one', async () => {
    const { port, outcome } = await uploadServer();
    const header = Buffer.from('mission_id,period,note\n');
    const row = Buffer.from('1,2024Q1,Été\n', 'utf8');
    const rows = Math.floor((LIMIT - header.length) / row.length);
    const bytes = Buffer.concat([header, ...Array<Buffer>(rows).fill(row)]);
    // Cut about every kilobyte, inside a two-byte character: decoding is the import worker's job.
    const cuts: number[] = [];
    for (let at = bytes.indexOf(0xc3); at !== -1; at = bytes.indexOf(0xc3, at + 1000)) cuts.push(at + 1);
    const pieces = [0, ...cuts].map((start, i) => bytes.subarray(start, cuts[i] ?? bytes.length));
    const answer = await post(port, pieces);
    expect(answer).toEqual({ status: 200, body: { bytes: bytes.length } });
    const received = await outcome;
    expect(received.error).toBeNull();
    expect(received.chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(received.chunks).equals(bytes)).toBe(true);
  });

  it('reads one chunk per turn of the event loop, even when the whole file is waiting to be read', async () => {
    let sent = () => {};
    const { port, outcome } = await uploadServer(new Promise<void>((resolve) => (sent = resolve)));
    // Received at once, the chunks of a fast upload would be read one after another in one task.
    const bytes = Buffer.alloc(LIMIT, 'a');
    const answer = await post(port, [bytes], { 'Content-Length': String(bytes.length) }, sent);
    expect(answer.status).toBe(200);
    const { chunks, turns } = await outcome;
    expect(chunks.length).toBeGreaterThan(1);
    expect(turns).toBeGreaterThanOrEqual(chunks.length);
  });

  it('accepts text/csv with parameters, in any case, and refuses other types and compressed bodies with 415', async () => {
    const { port } = await uploadServer();
    const file = Buffer.from('a,b\n1,2\n');
    expect((await post(port, [file], { 'Content-Type': 'Text/CSV; charset=utf-8' })).status).toBe(200);
    const refusals: Record<string, string>[] = [
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      { 'Content-Type': 'text/csvx' },
      { 'Content-Type': 'not a type' },
      { 'Content-Type': 'text/csv', 'Content-Encoding': 'gzip' },
    ];
    for (const headers of refusals) {
      const refused = await post(port, [file], headers);
      expect(refused.status, JSON.stringify(headers)).toBe(415);
      expectErrorShape(refused.body);
    }
  });

  it('answers 413 for a body past the limit, counted as it arrives, once it has read the rest off', async () => {
    const { port, outcome } = await uploadServer();
    // Chunked: no length is declared, so the limit is found by counting.
    const pieces = Array.from({ length: 8 }, () => Buffer.alloc(LIMIT / 4, 'a'));
    const answer = await post(port, pieces);
    expect(answer.status).toBe(413);
    expectErrorShape(answer.body);
    expect((await outcome).error).toMatchObject({ kind: 'too_large' });
    // Exactly the limit is accepted.
    expect((await post(port, [Buffer.alloc(LIMIT, 'a')])).status).toBe(200);
  });

  it('answers 413 for a declared length past the limit without handing on a byte', async () => {
    const { port, outcome } = await uploadServer();
    const first = Buffer.alloc(LIMIT / 2, 'a');
    const declared = await post(port, [first, first, first], { 'Content-Length': String(first.length * 3) });
    expect(declared.status).toBe(413);
    expectErrorShape(declared.body);
    expect(await outcome).toMatchObject({ chunks: [], error: { kind: 'too_large' } });
  });

  it('fails, rather than ending as if the file were whole, when the client goes away halfway', async () => {
    const { port, outcome } = await uploadServer();
    const req = http.request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/upload',
      headers: { 'Content-Type': 'text/csv', 'Content-Length': String(LIMIT) },
    });
    req.on('error', () => {});
    req.write(Buffer.alloc(LIMIT / 2, 'a'), () => setImmediate(() => req.destroy()));
    expect((await outcome).error).toMatchObject({ kind: 'invalid', message: expect.stringContaining('stopped') });
  });
});
