import { describe, expect, it } from 'vitest';
import { parseTypedNumber, typedNumber } from '../../client/src/lib/typed-number';

describe('numbers typed into a form', () => {
  it.each([
    ['', 'en', null],
    ['  ', 'fr', null],
    ['12', 'en', 12],
    [' 12.5 ', 'en', 12.5],
    ['-3', 'en', -3],
    ['12.5', 'fr', 12.5],
    ['12,5', 'fr', 12.5],
    ['12,5', 'en', Number.NaN],
    ['1,500', 'en', Number.NaN],
    ['1 500', 'fr', Number.NaN],
    ['12e3', 'en', Number.NaN],
    ['many', 'fr', Number.NaN],
  ] as const)('reads %j in %s as %s', (typed, locale, value) => {
    expect(parseTypedNumber(typed, locale)).toBe(value);
  });

  it('passes a number through and reads anything else as not measured', () => {
    expect(parseTypedNumber(7, 'fr')).toBe(7);
    expect(parseTypedNumber(undefined, 'en')).toBeNull();
  });

  it('writes a number back as it would be typed, and reads it again', () => {
    expect(typedNumber(12.5, 'fr')).toBe('12,5');
    expect(typedNumber(12.5, 'en')).toBe('12.5');
    for (const locale of ['en', 'fr'] as const) expect(parseTypedNumber(typedNumber(0.25, locale), locale)).toBe(0.25);
  });
});
