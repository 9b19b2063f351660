import {
  comparePeriods,
  formatPeriod,
  nextPeriod,
  periodOfDate,
  periodRange,
  periodTypeOf,
  type PeriodType,
} from './periods';

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

/** The mission's life in periods, today's included for one still running: the periods it can be assessed in. */
export function lifePeriods(mission: MissionLife, today: Date = new Date()): string[] {
  const { first, last } = missionPeriodSpan(mission, today);
  return periodRange(first, last);
}

export interface PeriodsDue {
  /** Periods of the mission's life without an assessment, newest first. */
  periods: string[];
  /**
   * The one to offer first: the period after the latest one entered, while that lies within the
   * life; the last period of the life when none is entered; otherwise the newest gap; null when
   * every period has an assessment.
   */
  next: string | null;
}

/** The periods a new assessment of the mission can be for, given the periods already entered. */
export function periodsDue(mission: MissionLife, entered: readonly string[], today: Date = new Date()): PeriodsDue {
  const life = lifePeriods(mission, today);
  const taken = new Set(entered);
  const periods = life.filter((period) => !taken.has(period)).reverse();
  const ours = entered.filter((period) => periodTypeOf(period) === mission.periodType);
  const latest = ours.length > 0 ? ours.reduce((a, b) => (comparePeriods(a, b) >= 0 ? a : b)) : null;
  const after = latest ? nextPeriod(latest) : null;
  // With nothing entered, every period is free and the newest is the last of the life.
  const next = after && periods.includes(after) ? after : (periods[0] ?? null);
  return { periods, next };
}

/**
 * Whether the mission ran in a period: the period lies within its life (today's period being
 * the last of one still running) and the mission is not archived.
 */
export function activeIn(
  mission: MissionLife & { archived: boolean },
  period: string,
  today: Date = new Date(),
): boolean {
  if (mission.archived || periodTypeOf(period) !== mission.periodType) return false;
  return periodOutsideLife(period, mission, today) === null;
}
