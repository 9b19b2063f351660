import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../shared/src/countries';
import { GED_COUNTRY_NAMES, gedCountryName } from '../../shared/src/ucdp';

describe('GED country names', () => {
  // The Import screen names the country of each mission a GED file touches: every country the
  // importer can match must be one the interface can name.
  it('cover only countries the interface knows, by their ISO alpha-3 code', () => {
    const unknown = Object.keys(GED_COUNTRY_NAMES).filter((alpha3) => !COUNTRY_CODES.has(alpha3));
    expect(unknown).toEqual([]);
  });

  it('are found whatever the case and spacing of the code', () => {
    expect(gedCountryName(' caf ')).toBe('Central African Republic');
    expect(gedCountryName('ZZZ')).toBeNull();
  });
});
