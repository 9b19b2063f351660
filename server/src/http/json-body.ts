import express, { type RequestHandler } from 'express';
import { invalid } from '../domain-error';

export interface JsonBodyLimits {
  /** Largest body accepted, in bytes; beyond it the answer is 413 before the body is read on. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays accepted. */
  maxDepth: number;
}

/** JSON bodies in general: the deepest the schemas take is 3 levels (an assessment's challenges). */
export const API_BODY: JsonBodyLimits = { maxBytes: 1024 * 1024, maxDepth: 8 };
/** A sign-in is two short strings. */
export const SIGN_IN_BODY: JsonBodyLimits = { maxBytes: 4 * 1024, maxDepth: 2 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, found in one cheap pass
 * over the characters (skipping strings) that stops at the first level too deep. Within any
 * valid prefix it counts exactly as JSON.parse nests, and JSON.parse stops at the first
 * invalid character, so nothing refused here could have parsed and nothing passed nests deeper.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPEN.has(c)) {
      if (++depth > maxDepth) return true;
    } else if (CLOSE.has(c)) depth--;
  }
  return false;
}

function decode(body: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    throw invalid('The request body encoding is not supported');
  }
}

/**
 * A JSON body parser with a size and a depth cap. Deeply nested JSON costs JSON.parse far more
 * than its size suggests (a megabyte of `[` holds the main thread for most of a second), so the
 * depth is checked on the raw text before parsing, for anyone, signed in or not.
 */
export function jsonBody({ maxBytes, maxDepth }: JsonBodyLimits): RequestHandler {
  return express.json({
    limit: maxBytes,
    verify: (_req, _res, body, charset) => {
      if (nestsDeeperThan(decode(body, charset || 'utf-8'), maxDepth)) {
        throw invalid(`The request body is nested more than ${maxDepth} levels deep`);
      }
    },
  });
}

const SIGN_IN_PATH = /^\/api\/auth(\/|$)/i;

/**
 * The JSON body of an API request, parsed within its limits: a sign-in's, or any other's. A
 * GET or HEAD has no body the API reads, and is passed by without the parser's look at it.
 */
export function jsonBodies(): RequestHandler {
  const signIn = jsonBody(SIGN_IN_BODY);
  const other = jsonBody(API_BODY);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    (SIGN_IN_PATH.test(req.path) ? signIn : other)(req, res, next);
  };
}
