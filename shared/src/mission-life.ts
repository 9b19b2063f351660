import { comparePeriods, formatPeriod, periodOfDate, type PeriodType } from './periods';

export interface MissionLife {
  startDate: string;
  endDate: string | null;
  periodType: PeriodType;
}

/**
 * The periods a mission can be assessed in: from the period holding its start date to the
 * one holding its end date, or, for a mission still running, the period holding today.
 */
export function missionPeriodSpan(mission: MissionLife, today: Date = new Date()): { first: string; last: string } {
  const first = periodOfDate(mission.startDate, mission.periodType);
  const lastDate = mission.endDate ?? today.toISOString().slice(0, 10);
  const last = periodOfDate(lastDate < mission.startDate ? mission.startDate : lastDate, mission.periodType);
  if (!first || !last) throw new Error(`Not a date: ${mission.startDate} or ${lastDate}`);
  return { first, last };
}

/** Null when the period lies within the mission's life; otherwise the reason, naming the allowed range. */
export function periodOutsideLife(period: string, mission: MissionLife, today: Date = new Date()): string | null {
  const { first, last } = missionPeriodSpan(mission, today);
  if (comparePeriods(period, first) >= 0 && comparePeriods(period, last) <= 0) return null;
  return `The period must lie within the mission's life: ${formatPeriod(first)} to ${formatPeriod(last)}`;
}
