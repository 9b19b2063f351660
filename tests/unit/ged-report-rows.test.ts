import { describe, expect, it } from 'vitest';
import { gedPeriodRows } from '../../client/src/features/imports/lib/ged-report-rows';

describe('gedPeriodRows', () => {
  it("gives each period every GED indicator, null where the file leaves it, in the report's order", () => {
    const rows = gedPeriodRows({
      id: 1,
      acronym: 'CAFM',
      country: 'CAF',
      first: '2022Q1',
      last: '2022Q4',
      unchanged: 2,
      note: null,
      series: { first: '2022Q1', last: '2022Q4', periods: 4 },
      periods: [
        {
          period: '2022Q1',
          action: 'kept',
          status: 'approved',
          changes: [{ indicator: 'conflict_fatalities', from: 2, to: 3 }],
        },
        {
          period: '2022Q3',
          action: 'create',
          status: null,
          changes: [
            { indicator: 'violent_incidents', from: null, to: 0 },
            { indicator: 'conflict_fatalities', from: null, to: 0 },
            { indicator: 'civilian_casualties', from: null, to: 0 },
          ],
        },
      ],
    });
    expect(rows).toEqual([
      {
        period: '2022Q1',
        action: 'kept',
        status: 'approved',
        values: { violent_incidents: null, conflict_fatalities: { from: 2, to: 3 }, civilian_casualties: null },
      },
      {
        period: '2022Q3',
        action: 'create',
        status: null,
        values: {
          violent_incidents: { from: null, to: 0 },
          conflict_fatalities: { from: null, to: 0 },
          civilian_casualties: { from: null, to: 0 },
        },
      },
    ]);
  });
});
