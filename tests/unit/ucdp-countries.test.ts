import { describe, expect, it } from 'vitest';
import { GED_COUNTRY_NAMES as SERVER_NAMES } from '../../server/src/ucdp/ged';
import { GED_COUNTRY_NAMES } from '../../shared/src/ucdp';

describe('GED country names', () => {
  // The Import screen links the missions a GED file touches with the shared table; the importer
  // must match by the same names.
  it('are the same in shared/ and in the server importer', () => {
    expect(GED_COUNTRY_NAMES).toEqual(SERVER_NAMES);
  });
});
