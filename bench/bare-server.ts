import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The references for the scores endpoint's throughput: a server answering every request with
// the bytes our server sends, read once from a file, and nothing else. BARE_SERVER=node is
// node:http alone; BARE_SERVER=express puts Express, with no middleware, in front.

const body = fs.readFileSync(process.env.BARE_BODY_FILE as string);
const send = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
};
const server = http.createServer(process.env.BARE_SERVER === 'express' ? express().use(send) : send);
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
