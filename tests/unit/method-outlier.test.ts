import { describe, expect, it } from 'vitest';
import { outlierCheck, outlierCheckSchema, type IndicatorObservation } from '../../shared/src/method/outlier';

const quarters = (values: (number | null)[], first = 2022): IndicatorObservation[] =>
  values.map((value, i) => ({ period: `${first + Math.floor(i / 4)}Q${(i % 4) + 1}`, value }));

describe('outlierCheck', () => {
  // Earlier values 10 11 12 13 14 15: median 12.5, absolute deviations 2.5 1.5 .5 .5 1.5 2.5 → MAD 1.5.
  const history = quarters([10, 11, 12, 13, 14, 15, 30]);

  it('flags a value whose modified z-score against the periods before it is beyond 3.5', () => {
    const check = outlierCheckSchema.parse(outlierCheck(history, '2023Q3'));
    // 0.6745 × (30 − 12.5) / 1.5 = 7.869…
    expect(check.zScore).toBeCloseTo((0.6745 * 17.5) / 1.5, 12);
    expect(check).toMatchObject({ flagged: true, priorCount: 6, fromUcdp: false, surgeInRecordedEvents: false });
  });

  it('never changes when later periods arrive', () => {
    const later = [...history, ...quarters([80, 90, 100, 110], 2024)];
    expect(outlierCheck(later, '2023Q3')).toEqual(outlierCheck(history, '2023Q3'));
  });

  it('needs at least six earlier values, and looks back over at most eight', () => {
    expect(outlierCheck(quarters([10, 11, 12, 13, 14, 30]), '2023Q2')).toMatchObject({
      flagged: false,
      zScore: null,
      priorCount: 5,
    });
    const long = quarters([1000, 1000, 10, 11, 12, 13, 14, 15, 16, 17, 30]);
    const check = outlierCheck(long, '2024Q3');
    expect(check.priorPeriods).toEqual([
      '2022Q3',
      '2022Q4',
      '2023Q1',
      '2023Q2',
      '2023Q3',
      '2023Q4',
      '2024Q1',
      '2024Q2',
    ]);
    // Window 10…17: median 13.5, MAD 2 → 0.6745 × 16.5 / 2 = 5.56.
    expect(check.zScore).toBeCloseTo((0.6745 * 16.5) / 2, 12);
  });

  it('skips unmeasured periods in the look-back', () => {
    const check = outlierCheck(quarters([10, null, 11, 12, 13, 14, 15, 30]), '2023Q4');
    expect(check).toMatchObject({ flagged: true, priorCount: 6 });
    expect(check.priorPeriods).not.toContain('2022Q2');
  });

  it('marks a flagged rise in a UCDP-sourced value as a surge in recorded events', () => {
    const ucdp = history.map((point) => ({ ...point, provenance: 'ucdp_ged' as const }));
    expect(outlierCheck(ucdp, '2023Q3')).toMatchObject({ flagged: true, fromUcdp: true, surgeInRecordedEvents: true });
    const drop = [...ucdp.slice(0, 6), { period: '2023Q3', value: 0, provenance: 'ucdp_ged' as const }];
    expect(outlierCheck(drop, '2023Q3')).toMatchObject({ flagged: true, fromUcdp: true, surgeInRecordedEvents: false });
  });

  it('is not flagged when the value is missing', () => {
    expect(outlierCheck(quarters([10, 11, 12, 13, 14, 15, null]), '2023Q3')).toMatchObject({
      flagged: false,
      zScore: null,
    });
  });
});
