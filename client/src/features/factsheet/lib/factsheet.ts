import type { Assessment, Narrative } from '@cpea/shared/assessment';
import { CHALLENGE_IDS, KPI_IDS, type ChallengeId, type KpiId } from '@cpea/shared/catalog';
import { comparePeriods } from '@cpea/shared/periods';
import { trendOf, type PeriodScore, type Trend } from '@cpea/shared/scoring';

// What a mission's one-page factsheet shows, from its approved assessments only: the latest
// published score, each KPI's recent scores, the three most severe challenges and the latest
// narrative, cut to lengths that keep the sheet on one page of A4 or Letter.

/** Approved periods a KPI trend shows: two years of quarters. */
export const FACTSHEET_PERIODS = 8;
/** Longest text of one narrative field, and of one challenge note, on the sheet. */
export const NARRATIVE_MAX_CHARS = 420;
export const NOTE_MAX_CHARS = 140;

export interface KpiSeries {
  kpi: KpiId;
  /** The last FACTSHEET_PERIODS approved periods, oldest first; null where the KPI is unscored. */
  points: { period: string; score: number | null }[];
  latest: number | null;
}

export interface TopChallenge {
  id: ChallengeId;
  severity: number;
  note: string;
}

export interface Factsheet {
  latest: PeriodScore | null;
  trend: Trend;
  kpis: KpiSeries[];
  challenges: TopChallenge[];
  /** The latest approved narrative's fields that are not empty, shortened. */
  narrative: Partial<Narrative>;
  /** Whether an approved value came from UCDP GED. */
  ucdp: boolean;
  approvedCount: number;
}

/** `text` cut at a word before `max` characters, with an ellipsis, when it is longer. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function buildFactsheet(periods: readonly PeriodScore[], assessments: readonly Assessment[]): Factsheet {
  const approved = periods
    .filter((period) => period.status === 'approved')
    .sort((a, b) => comparePeriods(a.period, b.period));
  const recent = approved.slice(-FACTSHEET_PERIODS);
  const kpis = KPI_IDS.map((kpi) => {
    const points = recent.map((period) => ({
      period: period.period,
      score: period.kpis.find((score) => score.kpi === kpi)?.score ?? null,
    }));
    return { kpi, points, latest: points.at(-1)?.score ?? null };
  });
  const approvedAssessments = assessments
    .filter((assessment) => assessment.status === 'approved')
    .sort((a, b) => comparePeriods(a.period, b.period));
  const last = approvedAssessments.at(-1);
  const challenges: TopChallenge[] = last
    ? CHALLENGE_IDS.flatMap((id) => {
        const rating = last.challenges[id];
        return rating?.severity ? [{ id, severity: rating.severity, note: shorten(rating.note, NOTE_MAX_CHARS) }] : [];
      })
        // Most severe first; between equals, the catalog's order.
        .sort((a, b) => b.severity - a.severity || CHALLENGE_IDS.indexOf(a.id) - CHALLENGE_IDS.indexOf(b.id))
        .slice(0, 3)
    : [];
  const narrative: Partial<Narrative> = {};
  for (const field of ['achievements', 'setbacks', 'lessons'] as const) {
    const text = last?.narrative[field].trim();
    if (text) narrative[field] = shorten(text, NARRATIVE_MAX_CHARS);
  }
  return {
    latest: approved.at(-1) ?? null,
    trend: trendOf(approved),
    kpis,
    challenges,
    narrative,
    ucdp: approvedAssessments.some((assessment) => Object.values(assessment.provenance).includes('ucdp_ged')),
    approvedCount: approved.length,
  };
}

/** The points of one small multiple's line, in a box of `width` × `height`, 0–100 upwards; gaps split it. */
export function smallMultiplePaths(
  points: readonly { score: number | null }[],
  width: number,
  height: number,
): { lines: string[]; dots: { x: number; y: number }[] } {
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? i * step : width / 2);
  const y = (score: number) => height * (1 - score / 100);
  const segments: string[][] = [[]];
  const dots: { x: number; y: number }[] = [];
  points.forEach((point, i) => {
    if (point.score == null) {
      if (segments.at(-1)!.length > 0) segments.push([]);
      return;
    }
    segments.at(-1)!.push(`${x(i).toFixed(1)},${y(point.score).toFixed(1)}`);
    dots.push({ x: x(i), y: y(point.score) });
  });
  return { lines: segments.filter((segment) => segment.length > 1).map((segment) => segment.join(' ')), dots };
}
