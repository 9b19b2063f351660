import http from 'node:http';

export interface Download {
  status: number;
  bytes: number;
  lines: number;
  seconds: number;
}

/** GETs `url` and reads the body to the end without keeping it, counting bytes and line ends. */
export function download(url: string, cookie: string): Promise<Download> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      // A new connection each time: a kept-alive one can be closed by the server (5 s idle) while
      // the sqlite3 reference runs synchronously, and reusing it fails with "socket hang up".
      .get(url, { headers: { Cookie: cookie }, agent: false }, (res) => {
        let bytes = 0;
        let lines = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, bytes, lines, seconds: (performance.now() - started) / 1000 }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Sends `body` with `method` and reads the JSON answer. */
export async function sendBody(url: string, cookie: string, method: string, type: string, body: string) {
  const started = performance.now();
  const res = await fetch(url, { method, headers: { Cookie: cookie, 'Content-Type': type }, body });
  const json = (await res.json()) as unknown;
  return { status: res.status, json, seconds: (performance.now() - started) / 1000 };
}
