import type { ChallengeId, KpiId } from '@cpea/shared/catalog';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import type {
  ChallengeHeatMap,
  ChallengeProfile,
  ComparisonMissionSummary,
  ComparisonReport,
  TrendSeries,
} from '@cpea/shared/comparison';
import type { AssessmentStatus } from '@cpea/shared/assessment';
import { comparePeriods, periodOrdinal, type PeriodType } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import { missionKey } from './mission-colours';

// Pure functions that shape the comparison report for its charts and tables. A score that is
// missing stays null all the way to the chart, where it is a gap or an empty bar, never a zero.

// ---------- KPI bars ----------

export type KpiMeasure = 'latest' | 'mean';

export interface KpiBarRow {
  kpi: KpiId;
  label: string;
  name: string;
  /** Score per mission key (`m12`); null when the KPI has no score. */
  values: Record<string, number | null>;
}

/** One row per KPI, one value per mission: the latest period's KPI score or its mean over the range. */
export function kpiBarRows(
  report: Pick<ComparisonReport, 'kpiComparison'>,
  measure: KpiMeasure,
  t: Translate,
  catalog: CatalogText,
): KpiBarRow[] {
  return report.kpiComparison.map((row) => ({
    kpi: row.kpi,
    label: t(`compareCharts.kpiShort.${row.kpi}`),
    name: catalog.kpis[row.kpi].name,
    values: Object.fromEntries(row.missions.map((m) => [missionKey(m.missionId), m[measure]])),
  }));
}

// ---------- Overall trends ----------

/** Calendar periods side by side, or each mission from its own first assessed period. */
export type TrendAlignment = 'calendar' | 'since_first';

export interface TrendRow {
  key: string;
  label: string;
  /** Overall score per mission key; null where the mission has no score (a gap in the line). */
  values: Record<string, number | null>;
  /** Whether the mission has an assessment in this row's period (scored or not). */
  assessed: Record<string, boolean>;
  /** The calendar period each mission's value belongs to. */
  periods: Record<string, string>;
  /** Each assessed mission's status there, when the report says it (reports frozen before it did not). */
  statuses: Record<string, AssessmentStatus>;
}

type TrendPoint = TrendSeries['missions'][number]['points'][number];

/** Whether any point of the series is not approved: then every point's status is shown. */
export function hasUnapprovedPoints(series: TrendSeries): boolean {
  return series.missions.some((m) => m.points.some((point) => point.status != null && point.status !== 'approved'));
}

/**
 * Rows for the overlaid overall trends. Calendar: every period from the first assessed by any
 * mission to the last, in order. Since first: row k is each mission's k-th period after its own
 * first assessed one, so missions of different eras can be read against each other.
 */
export function trendRows(
  series: TrendSeries,
  alignment: TrendAlignment,
  periodType: PeriodType,
  t: Translate,
): TrendRow[] {
  const missions = series.missions.map((m) => ({
    key: missionKey(m.missionId),
    points: [...m.points].sort((a, b) => comparePeriods(a.period, b.period)),
  }));
  if (alignment === 'calendar') {
    const byPeriod = new Map<string, Map<string, TrendPoint>>();
    for (const m of missions) {
      for (const point of m.points) {
        if (!byPeriod.has(point.period)) byPeriod.set(point.period, new Map());
        byPeriod.get(point.period)?.set(m.key, point);
      }
    }
    return series.periods.map((period) => {
      const row: TrendRow = {
        key: period,
        label: formatPeriod(period),
        values: {},
        assessed: {},
        periods: {},
        statuses: {},
      };
      const scored = byPeriod.get(period);
      for (const m of missions) {
        const point = scored?.get(m.key);
        row.assessed[m.key] = point != null;
        row.values[m.key] = point?.overall ?? null;
        if (point) row.periods[m.key] = period;
        if (point?.status) row.statuses[m.key] = point.status;
      }
      return row;
    });
  }
  const offsets = missions.map((m) => {
    const first = m.points[0]?.period;
    const at = new Map(m.points.map((point) => [periodOrdinal(point.period) - periodOrdinal(first), point]));
    const length =
      m.points.length > 0 ? periodOrdinal(m.points[m.points.length - 1].period) - periodOrdinal(first) + 1 : 0;
    return { key: m.key, at, length };
  });
  const length = Math.max(0, ...offsets.map((m) => m.length));
  return Array.from({ length }, (_, k) => {
    const row: TrendRow = {
      key: String(k),
      label: t(`compareCharts.trend.${periodType}`, { n: k + 1 }),
      values: {},
      assessed: {},
      periods: {},
      statuses: {},
    };
    for (const m of offsets) {
      const point = m.at.get(k);
      row.assessed[m.key] = point != null;
      row.values[m.key] = point?.overall ?? null;
      if (point) row.periods[m.key] = point.period;
      if (point?.status) row.statuses[m.key] = point.status;
    }
    return row;
  });
}

/** The rows worth a line in a table: those where at least one mission was assessed. */
export function assessedRows(rows: readonly TrendRow[]): TrendRow[] {
  return rows.filter((row) => Object.values(row.assessed).some(Boolean));
}

// ---------- Challenge profiles and heat-map ----------

export interface ProfileRow {
  challenge: ChallengeId;
  short: string;
  name: string;
  mean: number | null;
  latest: number | null;
  ratedCount: number;
}

export function profileRows(profile: ChallengeProfile, t: Translate, catalog: CatalogText): ProfileRow[] {
  return profile.categories.map((category) => ({
    challenge: category.challenge,
    short: t(`compareCharts.challengeShort.${category.challenge}`),
    name: catalog.challenges[category.challenge].name,
    mean: category.meanSeverity,
    latest: category.latestSeverity,
    ratedCount: category.ratedCount,
  }));
}

export interface HeatMapRow {
  challenge: ChallengeId;
  name: string;
  cells: { missionId: number; value: number | null }[];
}

/** The heat-map turned to one row per challenge and one column per mission, in report order. */
export function heatMapRows(heatMap: ChallengeHeatMap, catalog: CatalogText): HeatMapRow[] {
  return heatMap.challenges.map((challenge, i) => ({
    challenge,
    name: catalog.challenges[challenge].name,
    cells: heatMap.rows.map((row) => ({
      missionId: row.missionId,
      value: row.meanSeverity[i] ?? null,
    })),
  }));
}

// ---------- Sources ----------

export interface ReportSources {
  illustrative: string[];
  ucdp: string[];
  entered: string[];
}

/** Which missions rest on which data: illustrative demo values, UCDP GED counts, or entered assessments. */
export function reportSources(missions: readonly ComparisonMissionSummary[]): ReportSources {
  return {
    illustrative: missions.filter((m) => m.illustrative).map((m) => m.acronym),
    ucdp: missions.filter((m) => m.usesUcdp).map((m) => m.acronym),
    entered: missions.filter((m) => !m.illustrative).map((m) => m.acronym),
  };
}

/** The short source line under each chart. */
export function chartSourceLines(sources: ReportSources, t: Translate): string[] {
  const lines: string[] = [];
  const missions = (acronyms: string[]) => ({ missions: acronyms.join(', ') });
  if (sources.illustrative.length > 0)
    lines.push(t('compareCharts.sources.illustrative', missions(sources.illustrative)));
  if (sources.entered.length > 0) lines.push(t('compareCharts.sources.entered', missions(sources.entered)));
  if (sources.ucdp.length > 0) lines.push(t('compareCharts.sources.ucdp', missions(sources.ucdp)));
  return lines;
}

// ---------- Frozen against live ----------

export interface FrozenLiveRow {
  missionId: number;
  acronym: string;
  name: string;
  frozenLatest: { period: string; overall: number | null } | null;
  liveLatest: { period: string; overall: number | null } | null;
  /** live − frozen; null when either side has no score. */
  latestDifference: number | null;
  frozenMean: number | null;
  liveMean: number | null;
  meanDifference: number | null;
  /** The mission is no longer in the live report. */
  missingLive: boolean;
  /** Anything a reader would see change at one decimal: a score, or the latest period itself. */
  changed: boolean;
}

/** Differences this small are float noise: they print as 0.0. */
export const NO_CHANGE = 0.05;

function difference(live: number | null | undefined, frozen: number | null | undefined): number | null {
  return live == null || frozen == null ? null : live - frozen;
}

function latestOf(summary: ComparisonMissionSummary | undefined) {
  return summary?.latest ? { period: summary.latest.period, overall: summary.latest.overall } : null;
}

/** Per mission of the frozen report: its latest and mean overall then and now, and how far they moved. */
export function frozenLiveRows(frozen: ComparisonReport, live: ComparisonReport | null): FrozenLiveRow[] {
  const liveById = new Map((live?.missions ?? []).map((m) => [m.missionId, m]));
  return frozen.missions.map((then) => {
    const now = liveById.get(then.missionId);
    const frozenLatest = latestOf(then);
    const liveLatest = latestOf(now);
    const latestDifference = difference(liveLatest?.overall, frozenLatest?.overall);
    const meanDifference = difference(now?.mean.overall, then.mean.overall);
    const moved = (d: number | null) => d != null && Math.abs(d) >= NO_CHANGE;
    const appeared = (a: number | null | undefined, b: number | null | undefined) => (a == null) !== (b == null);
    const changed =
      now == null ||
      frozenLatest?.period !== liveLatest?.period ||
      moved(latestDifference) ||
      moved(meanDifference) ||
      appeared(frozenLatest?.overall, liveLatest?.overall) ||
      appeared(then.mean.overall, now.mean.overall);
    return {
      missionId: then.missionId,
      acronym: then.acronym,
      name: then.name,
      frozenLatest,
      liveLatest,
      latestDifference,
      frozenMean: then.mean.overall,
      liveMean: now?.mean.overall ?? null,
      meanDifference,
      missingLive: now == null,
      changed,
    };
  });
}
