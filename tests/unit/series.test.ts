import type { Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { series } from '../../server/src/http/mount';

/** Runs `steps` in series on a bare request; resolves with the steps that ran and how it ended. */
function run(steps: (ran: string[]) => RequestHandler[]): Promise<{ ran: string[]; ended: unknown }> {
  const ran: string[] = [];
  return new Promise((resolve) =>
    series(steps(ran))({} as Request, {} as Response, (ended?: unknown) => resolve({ ran, ended })),
  );
}

describe('middleware in series', () => {
  it('runs each in turn, then hands on', async () => {
    const outcome = await run((ran) => [
      (_req, _res, next) => (ran.push('a'), next()),
      (_req, _res, next) => void setImmediate(() => (ran.push('b'), next())),
      (_req, _res, next) => (ran.push('c'), next()),
    ]);
    expect(outcome).toEqual({ ran: ['a', 'b', 'c'], ended: undefined });
  });

  it('skips the rest after an error passed on, thrown, or rejected', async () => {
    const failure = new Error('refused');
    const endings: RequestHandler[] = [
      (_req, _res, next) => next(failure),
      () => {
        throw failure;
      },
      async () => {
        await Promise.resolve();
        throw failure;
      },
    ];
    for (const failing of endings) {
      const outcome = await run((ran) => [
        (_req, _res, next) => (ran.push('a'), next()),
        failing,
        (_req, _res, next) => (ran.push('c'), next()),
      ]);
      expect(outcome).toEqual({ ran: ['a'], ended: failure });
    }
  });
});
