import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  betaQuantile,
  gammaQuantile,
  logGamma,
  regularizedBeta,
  regularizedGammaP,
} from '../../shared/src/method/special-functions';

// Expected values: scipy.special (gammaln, betainc, betaincinv, gammaincinv), written by
// tests/fixtures/method/generate.py.
const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/method/special-functions.json', import.meta.url), 'utf8'),
) as {
  logGamma: { x: number; value: number }[];
  betaCdf: { x: number; a: number; b: number; value: number }[];
  betaQuantile: { p: number; a: number; b: number; value: number }[];
  gammaQuantile: { p: number; a: number; value: number }[];
};

/** |actual − expected| within a relative 1e-9 (absolute 1e-15 for values at 0, such as ln Γ(1)). */
function expectClose(actual: number, expected: number, relative = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(relative * Math.abs(expected), 1e-15));
}

describe('logGamma', () => {
  it.each(fixture.logGamma)('ln Γ($x) matches scipy', ({ x, value }) => expectClose(logGamma(x), value));

  it('refuses what it is not defined for', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1.5)).toThrow(RangeError);
  });
});

describe('regularizedBeta', () => {
  it(`matches scipy.special.betainc on ${fixture.betaCdf.length} grid points`, () => {
    for (const { x, a, b, value } of fixture.betaCdf) expectClose(regularizedBeta(x, a, b), value);
  });

  it('is 0 and 1 at the ends', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});

describe('betaQuantile', () => {
  it(`matches scipy.special.betaincinv on ${fixture.betaQuantile.length} grid points`, () => {
    for (const { p, a, b, value } of fixture.betaQuantile) expectClose(betaQuantile(p, a, b), value);
  });

  it('inverts the distribution function', () => {
    expect(regularizedBeta(betaQuantile(0.3, 2.5, 7), 2.5, 7)).toBeCloseTo(0.3, 14);
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });
});

describe('gammaQuantile', () => {
  it(`matches scipy.special.gammaincinv on ${fixture.gammaQuantile.length} grid points`, () => {
    for (const { p, a, value } of fixture.gammaQuantile) expectClose(gammaQuantile(p, a), value);
  });

  it('inverts the distribution function', () => {
    expect(regularizedGammaP(3.5, gammaQuantile(0.3, 3.5))).toBeCloseTo(0.3, 13);
  });
});
