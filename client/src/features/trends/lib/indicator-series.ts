import { UNIT_RANGES, indicatorsOf, type Indicator, type IndicatorId, type KpiId } from '@cpea/shared/catalog';
import { comparePeriods, periodRange } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import type { PeriodScore } from '@cpea/shared/scoring';
import type { ResolvedTarget } from '@cpea/shared/targets';

export interface IndicatorRow {
  period: string;
  label: string;
  assessed: boolean;
  /** Null when not measured or not assessed: drawn as a gap, never as zero. */
  value: number | null;
}

export interface IndicatorPanel {
  indicator: Indicator;
  rows: IndicatorRow[];
  baseline: number | null;
  target: number | null;
  /** The y-axis: fixed for percents (0–100) and ratings (1–5); from 0 to a round number for counts. */
  domain: [number, number];
  /** Evenly spaced round ticks across the domain. */
  ticks: number[];
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above x (10 when x is 0). */
export function niceCeiling(x: number): number {
  if (!(x > 0)) return 10;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= x - 1e-9) ?? 10;
  return step * magnitude;
}

/** Ticks from the domain's start to its end in round steps (1, 2, 2.5 or 5 × 10ⁿ), about five of them. */
export function ticksOf([lo, hi]: [number, number]): number[] {
  const step = niceCeiling((hi - lo) / 5);
  const ticks: number[] = [];
  for (let tick = lo; tick <= hi + 1e-9; tick += step) ticks.push(Number(tick.toFixed(6)));
  return ticks;
}

function domainOf(indicator: Indicator, numbers: readonly number[]): [number, number] {
  const { min, max } = UNIT_RANGES[indicator.unit];
  if (indicator.unit !== 'count') return [min, max];
  // Headroom above the highest value or reference line, so its label stays inside the chart.
  return [min, niceCeiling(Math.max(min, ...numbers) * 1.08)];
}

/**
 * One panel per indicator of a KPI that has at least one value: its value in every period from
 * the mission's first assessed period to its last, with the baseline and target in force.
 */
export function buildIndicatorPanels(
  kpi: KpiId,
  periods: readonly PeriodScore[],
  targets: Partial<Record<IndicatorId, ResolvedTarget>>,
): IndicatorPanel[] {
  if (periods.length === 0) return [];
  const ordered = [...periods].sort((a, b) => comparePeriods(a.period, b.period));
  const byPeriod = new Map(ordered.map((score) => [score.period, score]));
  const range = periodRange(ordered[0].period, ordered[ordered.length - 1].period);
  return indicatorsOf(kpi).flatMap((indicator) => {
    const rows = range.map((period): IndicatorRow => {
      const score = byPeriod.get(period);
      const value =
        score?.kpis.find((item) => item.kpi === kpi)?.indicators.find((item) => item.indicator === indicator.id)
          ?.value ?? null;
      return { period, label: formatPeriod(period), assessed: score != null, value };
    });
    if (rows.every((row) => row.value == null)) return [];
    const target = targets[indicator.id];
    const baselineValue = indicator.scored ? (target?.baseline ?? null) : null;
    const targetValue = indicator.scored ? (target?.target ?? null) : null;
    const numbers = [
      ...rows.flatMap((row) => (row.value == null ? [] : [row.value])),
      ...[baselineValue, targetValue].filter((v): v is number => v != null),
    ];
    const domain = domainOf(indicator, numbers);
    return [{ indicator, rows, baseline: baselineValue, target: targetValue, domain, ticks: ticksOf(domain) }];
  });
}
