import { missionPeriodSpan, type MissionLife } from '@cpea/shared/mission-life';
import { comparePeriods, periodBounds, periodOfDate, periodRange, type PeriodType } from '@cpea/shared/periods';

// The span a GED file is a complete record of. Inside it, a period without events had none; a
// period it holds only in part (a monthly GED Candidate file against a quarter) is left alone,
// since its count would be a part taken for the whole.

export interface GedCoverage {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  /** The user named the span (or one end of it); otherwise it is the file's own. */
  given: boolean;
}

/**
 * The span the user gives, or else the months of the file's first and last `date_start`: UCDP
 * publishes GED Candidate files by month, and a month's file is complete for the whole month
 * though its first event may fall on the 3rd. Null for a file without events and no span given.
 */
export function gedCoverage(
  firstDate: string | null,
  lastDate: string | null,
  given: { from?: string; to?: string },
): GedCoverage | null {
  const from = given.from ?? (firstDate ? periodBounds(periodOfDate(firstDate, 'month') as string).start : null);
  const to = given.to ?? (lastDate ? periodBounds(periodOfDate(lastDate, 'month') as string).end : null);
  if (from == null || to == null) return null;
  return { from, to, given: given.from != null || given.to != null };
}

/**
 * Every period of `periodType` the coverage holds whole and over by `today` (a period still
 * running is not yet a complete record), whatever the mission's dates: the event series'.
 */
export function seriesPeriods(coverage: GedCoverage, periodType: PeriodType, today: Date): string[] {
  const todayDate = today.toISOString().slice(0, 10);
  const first = periodOfDate(coverage.from, periodType);
  const last = periodOfDate(coverage.to, periodType);
  if (first == null || last == null || comparePeriods(first, last) > 0) return [];
  return periodRange(first, last).filter((period) => {
    const { start, end } = periodBounds(period);
    return start >= coverage.from && end <= coverage.to && end < todayDate;
  });
}

/** The mission's periods the coverage holds whole, within the mission's life and over by `today`. */
export function coveredPeriods(coverage: GedCoverage, mission: MissionLife, today: Date): string[] {
  const life = missionPeriodSpan(mission, today);
  return seriesPeriods(coverage, mission.periodType, today).filter(
    (period) => comparePeriods(period, life.first) >= 0 && comparePeriods(period, life.last) <= 0,
  );
}
