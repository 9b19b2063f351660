import type { AssessmentStatus } from '@cpea/shared/assessment';
import type { TrendRow } from './report-series';

// The trend chart's numbers as a printed report carries them: one line per mission with its
// assessed periods only. The table view on screen has a row per period and a column per
// mission; missions of different eras leave it mostly empty, pages of dashes on paper.

export interface PrintedTrendLine {
  key: string;
  /** Each assessed period in order, with its score; null where the period has no score. */
  points: { period: string; score: number | null; status: AssessmentStatus | null }[];
}

export function printedTrendLines(rows: readonly TrendRow[], keys: readonly string[]): PrintedTrendLine[] {
  return keys.map((key) => ({
    key,
    points: rows
      .filter((row) => row.assessed[key])
      .map((row) => ({ period: row.periods[key], score: row.values[key] ?? null, status: row.statuses[key] ?? null })),
  }));
}
