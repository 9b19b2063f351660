import { z } from 'zod';
import type { AssessmentStatus } from './assessment';
import { missionPeriodSpan, type MissionLife } from './mission-life';
import { comparePeriods, periodBounds, periodOfDate, type PeriodType } from './periods';

// The reporting calendar (what is due, and what is late) and each user's work in progress.

/** A period with no assessment is late this many days after it ends, unless the instance says otherwise. */
export const DEFAULT_LATE_AFTER_DAYS = 30;
/** The reporting grid shows the last two years: 8 quarters or 12 months, ending with today's. */
export const REPORTING_PERIODS: Record<PeriodType, number> = { quarter: 8, month: 12 };

export const REPORTING_STATUSES = [
  'outside',
  'not_due',
  'due',
  'late',
  'draft',
  'sent_back',
  'submitted',
  'approved',
] as const;
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];

/** The `count` periods of `type` that end with the one holding `today`, oldest first. */
export function reportingPeriods(type: PeriodType, today: string, count = REPORTING_PERIODS[type]): string[] {
  const periods = [periodOfDate(today, type) as string];
  while (periods.length < count) {
    const start = new Date(`${periodBounds(periods[0]).start}T00:00:00Z`);
    start.setUTCDate(0);
    periods.unshift(periodOfDate(start.toISOString().slice(0, 10), type) as string);
  }
  return periods;
}

/** The day a period with no assessment becomes late: `lateAfterDays` after its last day. */
export function lateFrom(period: string, lateAfterDays: number): string {
  const day = new Date(`${periodBounds(period).end}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + lateAfterDays + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Where one mission stands for one period: outside its life; not yet due (the period has not
 * ended); due (ended, within the grace days); late; or the status of its assessment, a draft an
 * admin sent back being told apart.
 */
export function reportingStatus({
  period,
  mission,
  assessment,
  today,
  lateAfterDays,
}: {
  period: string;
  mission: MissionLife;
  assessment: { status: AssessmentStatus; sentBack: boolean } | null;
  today: string;
  lateAfterDays: number;
}): ReportingStatus {
  const span = missionPeriodSpan(mission, new Date(`${today}T00:00:00Z`));
  if (comparePeriods(period, span.first) < 0 || comparePeriods(period, span.last) > 0) return 'outside';
  if (assessment) return assessment.status === 'draft' && assessment.sentBack ? 'sent_back' : assessment.status;
  if (periodBounds(period).end >= today) return 'not_due';
  return today >= lateFrom(period, lateAfterDays) ? 'late' : 'due';
}

const missionRef = z.object({ id: z.number().int(), acronym: z.string(), name: z.string(), nameFr: z.string() });

/** `GET /api/reporting`: for each period type in use, active missions × the last periods. */
export const reportingGridSchema = z.object({
  today: z.iso.date(),
  lateAfterDays: z.number().int(),
  grids: z.array(
    z.object({
      periodType: z.enum(['quarter', 'month']),
      periods: z.array(z.string()),
      rows: z.array(
        z.object({
          mission: missionRef,
          cells: z.array(
            z.object({
              period: z.string(),
              status: z.enum(REPORTING_STATUSES),
              assessmentId: z.number().int().nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type ReportingGrid = z.infer<typeof reportingGridSchema>;

const workItemSchema = z.object({
  assessmentId: z.number().int(),
  mission: missionRef,
  period: z.string(),
  updatedAt: z.string(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

/** `GET /api/my-work`: what waits for the signed-in user. */
export const myWorkSchema = z.object({
  /** My drafts not sent back. */
  drafts: z.array(workItemSchema),
  /** Drafts of mine an admin sent back, with the reason. */
  sentBack: z.array(workItemSchema.extend({ comment: z.string(), by: z.string().nullable() })),
  /** For an admin: submissions awaiting approval; empty for others. */
  awaitingApproval: z.array(workItemSchema),
});
export type MyWork = z.infer<typeof myWorkSchema>;
