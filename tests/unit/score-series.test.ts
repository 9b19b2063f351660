import { describe, expect, it } from 'vitest';
import type { KpiId } from '../../shared/src/catalog';
import type { PeriodScore } from '../../shared/src/scoring';
import { SCORE_SERIES, buildScoreRows } from '../../client/src/features/trends/lib/score-series';

/** A period score with only what the chart reads: the overall and the KPI scores. */
function period(p: string, overall: number | null, kpis: Partial<Record<KpiId, number | null>> = {}): PeriodScore {
  return {
    assessmentId: 1,
    period: p,
    status: 'draft',
    scoreBasis: 'live',
    overall,
    band: null,
    completeness: 1,
    flags: [],
    kpis: Object.entries(kpis).map(([kpi, score]) => ({
      kpi: kpi as KpiId,
      score: score ?? null,
      weight: 0.25,
      outputsOnly: false,
      indicators: [],
    })),
  };
}

describe('buildScoreRows', () => {
  it('is empty without periods', () => {
    expect(buildScoreRows([])).toEqual([]);
  });

  it('orders periods and fills the ones not assessed with nulls, never zeros', () => {
    const rows = buildScoreRows([
      period('2024Q3', 60, { violence_reduction: 50 }),
      period('2024Q1', 40, { violence_reduction: 20, civilian_protection: 60 }),
    ]);
    expect(rows.map((row) => row.period)).toEqual(['2024Q1', '2024Q2', '2024Q3']);
    expect(rows.map((row) => row.label)).toEqual(['2024 Q1', '2024 Q2', '2024 Q3']);
    expect(rows.map((row) => row.assessed)).toEqual([true, false, true]);
    expect(rows.map((row) => row.overall)).toEqual([40, null, 60]);
    expect(rows.map((row) => row.violence_reduction)).toEqual([20, null, 50]);
    // A KPI that a period did not score is a gap in that period only.
    expect(rows.map((row) => row.civilian_protection)).toEqual([60, null, null]);
    expect(rows[0].dispute_resolution).toBeNull();
  });

  it('keeps a score of zero as zero', () => {
    const [row] = buildScoreRows([period('2023Q4', 0, { local_capacity: 0 })]);
    expect(row.overall).toBe(0);
    expect(row.local_capacity).toBe(0);
  });

  it('spans months across a year end', () => {
    const rows = buildScoreRows([period('2024-02', 10), period('2023-11', 20)]);
    expect(rows.map((row) => row.label)).toEqual(['Nov 2023', 'Dec 2023', 'Jan 2024', 'Feb 2024']);
  });

  it('has one series per KPI and the overall, each in its own Okabe–Ito colour', () => {
    expect(SCORE_SERIES.map((series) => series.key)).toEqual([
      'overall',
      'violence_reduction',
      'dispute_resolution',
      'local_capacity',
      'civilian_protection',
    ]);
    expect(new Set(SCORE_SERIES.map((series) => series.color)).size).toBe(5);
  });
});
