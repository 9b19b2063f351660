import pino, { type Logger } from 'pino';

/**
 * The server's log, as JSON lines on standard output. Written asynchronously: a synchronous
 * write per request line cost the scores endpoint about a tenth of its time under load. Lines
 * written while one write is under way go out together in the next; whatever is still buffered
 * is written synchronously when the process exits, crash or not.
 */
export function createLogger(level: string): Logger {
  return pino({ level }, pino.destination({ dest: 1, sync: false }));
}
