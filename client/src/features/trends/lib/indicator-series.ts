import { INDICATORS, indicatorsOf, rangeOf, type Indicator, type IndicatorId, type KpiId } from '@cpea/shared/catalog';
import type { EventSeriesPeriod, MissionEventSeries } from '@cpea/shared/event-series';
import { comparePeriods, periodRange } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import type { PeriodScore } from '@cpea/shared/scoring';
import type { ResolvedTarget } from '@cpea/shared/targets';

export interface IndicatorRow {
  period: string;
  label: string;
  assessed: boolean;
  /** Before the period of the mission's start date: only the event series speaks for it. */
  beforeMission: boolean;
  /** Null when not measured or not assessed: drawn as a gap, never as zero. */
  value: number | null;
  /** The event series' count in a period without an assessment (before the mission, or not assessed): drawn muted. */
  series: number | null;
  /** UCDP's low and high estimates (conflict fatalities only); null where the series has none. */
  low: number | null;
  high: number | null;
  /** [low, high] for the chart's band; null where either is missing. */
  range: [number, number] | null;
}

/** The indicators a UCDP GED event series counts, and how. */
const SERIES_MEASURE: Partial<Record<IndicatorId, (period: EventSeriesPeriod) => number>> = {
  violent_incidents: (period) => period.events,
  conflict_fatalities: (period) => period.best,
  civilian_casualties: (period) => period.deathsCivilians,
};

/** The indicator whose low/best/high range UCDP estimates. */
export const RANGED_INDICATOR: IndicatorId = 'conflict_fatalities';

export interface IndicatorPanel {
  indicator: Indicator;
  rows: IndicatorRow[];
  baseline: number | null;
  target: number | null;
  /** The y-axis: fixed for percents (0–100) and ratings (1–5); from 0 to a round number for counts. */
  domain: [number, number];
  /** Evenly spaced round ticks across the domain. */
  ticks: number[];
  /** The label of the mission's start period, when the rows reach back before it. */
  missionStartLabel: string | null;
  /** Some row has a low–high range (UCDP's estimates). */
  ranged: boolean;
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

/**
 * The top of a count axis: the highest value or reference line with headroom for its label,
 * rounded up to the next of about five round ticks, so 240 ends at 300, not at 500.
 */
export function countAxisTop(highest: number): number {
  const wanted = Math.max(0, highest) * 1.08;
  if (wanted === 0) return niceCeiling(0);
  // Whole counts: no step below one.
  const step = Math.max(1, niceCeiling(wanted / 5));
  return Math.max(step, Math.ceil(wanted / step - 1e-9) * step);
}

function domainOf(indicator: Indicator, numbers: readonly number[]): [number, number] {
  const { min, max } = rangeOf(indicator);
  if (indicator.unit === 'number') {
    // A number's stated range may be far wider than its values: drawn from zero (or its lowest) to its highest.
    const lo = Math.max(min, Math.min(0, ...numbers));
    return [lo, Math.min(max, niceCeiling(Math.max(lo + 1, ...numbers) * 1.08))];
  }
  if (indicator.unit !== 'count') return [min, max];
  return [min, countAxisTop(Math.max(min, ...numbers))];
}

/**
 * One panel per indicator of a KPI that has at least one value: its value in every period from
 * the mission's first assessed period to its last, with the baseline and target in force. With
 * the mission's event series, the rows reach back to its first period: in periods without an
 * assessment (before the mission's start, or not assessed) the series' count is drawn muted,
 * and conflict fatalities carry UCDP's low and high.
 */
export function buildIndicatorPanels(
  kpi: KpiId,
  periods: readonly PeriodScore[],
  targets: Partial<Record<IndicatorId, ResolvedTarget>>,
  events?: MissionEventSeries,
  indicators: readonly Indicator[] = INDICATORS,
): IndicatorPanel[] {
  if (periods.length === 0) return [];
  const ordered = [...periods].sort((a, b) => comparePeriods(a.period, b.period));
  const byPeriod = new Map(ordered.map((score) => [score.period, score]));
  const seriesByPeriod = new Map((events?.periods ?? []).map((period) => [period.period, period]));
  const counted = indicatorsOf(kpi, indicators).some((indicator) => SERIES_MEASURE[indicator.id]);
  const seriesFirst = counted ? events?.periods[0]?.period : undefined;
  const first =
    seriesFirst != null && comparePeriods(seriesFirst, ordered[0].period) < 0 ? seriesFirst : ordered[0].period;
  const range = periodRange(first, ordered[ordered.length - 1].period);
  const missionStart = events?.missionStart;
  const reachesBack = missionStart != null && comparePeriods(first, missionStart) < 0;
  return indicatorsOf(kpi, indicators).flatMap((indicator) => {
    const measure = SERIES_MEASURE[indicator.id];
    const ranged = indicator.id === RANGED_INDICATOR;
    const rows = range.map((period): IndicatorRow => {
      const score = byPeriod.get(period);
      const value =
        score?.kpis.find((item) => item.kpi === kpi)?.indicators.find((item) => item.indicator === indicator.id)
          ?.value ?? null;
      const counts = measure ? seriesByPeriod.get(period) : undefined;
      const beforeMission = missionStart != null && comparePeriods(period, missionStart) < 0;
      const low = ranged ? (counts?.low ?? null) : null;
      const high = ranged ? (counts?.high ?? null) : null;
      return {
        period,
        label: formatPeriod(period),
        assessed: score != null,
        beforeMission,
        value,
        // Where no assessment speaks for the period (before the mission, or a period of its life
        // not assessed), the series does; an assessed period's "not measured" stays a gap.
        series: counts && measure && score == null ? measure(counts) : null,
        low,
        high,
        range: low != null && high != null ? [low, high] : null,
      };
    });
    if (rows.every((row) => row.value == null && row.series == null)) return [];
    const target = targets[indicator.id];
    const baselineValue = indicator.scored ? (target?.baseline ?? null) : null;
    const targetValue = indicator.scored ? (target?.target ?? null) : null;
    const numbers = [
      ...rows.flatMap((row) => [row.value, row.series, row.high].filter((v): v is number => v != null)),
      ...[baselineValue, targetValue].filter((v): v is number => v != null),
    ];
    const domain = domainOf(indicator, numbers);
    return [
      {
        indicator,
        rows,
        baseline: baselineValue,
        target: targetValue,
        domain,
        ticks: ticksOf(domain),
        missionStartLabel: reachesBack ? formatPeriod(missionStart) : null,
        ranged: rows.some((row) => row.range != null),
      },
    ];
  });
}
