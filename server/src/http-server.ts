import http from 'node:http';
import type { Express } from 'express';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

/**
 * The HTTP server around the app. Requests Node rejects before Express sees them (a URL or
 * headers too large, a malformed request line) still get the JSON error shape, not a bare status.
 */
export function createHttpServer(app: Express): http.Server {
  const server = http.createServer(app);
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify({
      error: {
        code: status === 431 ? 'payload_too_large' : 'bad_request',
        message: status === 431 ? 'The request line or headers are too large' : 'The request is malformed',
        issues: [],
      },
    });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
