import { KPI_IDS, type KpiId } from '@cpea/shared/catalog';
import { comparePeriods, periodRange } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import type { PeriodScore } from '@cpea/shared/scoring';

export type SeriesKey = 'overall' | KpiId;

export interface Series {
  key: SeriesKey;
  color: string;
}

/** Fixed colours (Okabe–Ito) so a series looks the same on every chart; names come in the screen's language. */
export const SCORE_SERIES: readonly Series[] = [
  { key: 'overall', color: '#000000' },
  ...KPI_IDS.map((id, i) => ({ key: id, color: ['#0072B2', '#E69F00', '#009E73', '#CC79A7'][i] })),
];

export type ScoreRow = { period: string; label: string; assessed: boolean } & Record<SeriesKey, number | null>;

/**
 * One row per period from the first assessed to the last, in order. A period without an
 * assessment, or a KPI without a score, is null — drawn as a gap, never as a zero.
 */
export function buildScoreRows(periods: readonly PeriodScore[]): ScoreRow[] {
  if (periods.length === 0) return [];
  const ordered = [...periods].sort((a, b) => comparePeriods(a.period, b.period));
  const byPeriod = new Map(ordered.map((score) => [score.period, score]));
  return periodRange(ordered[0].period, ordered[ordered.length - 1].period).map((period) => {
    const score = byPeriod.get(period);
    const row = {
      period,
      label: formatPeriod(period),
      assessed: score != null,
      overall: score?.overall ?? null,
    } as ScoreRow;
    for (const kpi of KPI_IDS) row[kpi] = score?.kpis.find((k) => k.kpi === kpi)?.score ?? null;
    return row;
  });
}
