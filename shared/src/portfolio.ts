import { z } from 'zod';
import { missionSchema } from './mission';
import { ASSESSMENT_STATUSES } from './assessment';
import { SCORE_BASES, TRENDS, periodHeadlineSchema } from './scoring';
import { activeIn, type MissionLife } from './mission-life';
import { comparePeriods, periodTypeOf, type PeriodType } from './periods';

/**
 * Whether a mission is behind on reporting: `expected` is the latest period any mission still
 * on the books (not archived) has reported, of the mission's own period type (null when none
 * has); the mission is `late` when it ran in that period and has nothing for it or after it.
 * An ended mission whose life stops before that period, one that starts after it, and an
 * archived one are not late. Before any mission reports, a running mission with no assessment is.
 */
export const reportingSchema = z.object({ expected: z.string().nullable(), late: z.boolean() });
export type Reporting = z.infer<typeof reportingSchema>;

/** One row of the portfolio overview: a mission with its latest scored period. */
export const missionSummarySchema = missionSchema.extend({
  assessmentCount: z.number().int(),
  latestPeriod: z.string().nullable(),
  /** The latest approved period, or the latest of any status when unapproved ones are included. */
  latest: periodHeadlineSchema
    .extend({ status: z.enum(ASSESSMENT_STATUSES), scoreBasis: z.enum(SCORE_BASES) })
    .nullable(),
  trend: z.enum(TRENDS),
  /** Submitted assessments waiting for an admin's approval, oldest period first. */
  awaitingApproval: z.array(z.object({ assessmentId: z.number().int(), period: z.string() })),
  reporting: reportingSchema,
  sparkline: z.array(
    z.object({ period: z.string(), overall: z.number().nullable(), status: z.enum(ASSESSMENT_STATUSES) }),
  ),
});
export type MissionSummary = z.infer<typeof missionSummarySchema>;

interface ReportingMission extends MissionLife {
  archived: boolean;
  /** The latest period shown for the mission (approved only, unless unapproved ones are included). */
  latestPeriod: string | null;
}

/** The mission's latest period, unless it is a legacy row of another period type that cannot be placed. */
function ownPeriod(mission: ReportingMission): string | null {
  const period = mission.latestPeriod;
  return period && periodTypeOf(period) === mission.periodType ? period : null;
}

/** The latest period reported per period type, over the missions not archived. */
export function latestReported(missions: readonly ReportingMission[]): Partial<Record<PeriodType, string>> {
  const latest: Partial<Record<PeriodType, string>> = {};
  for (const mission of missions) {
    const period = ownPeriod(mission);
    if (!period || mission.archived) continue;
    const current = latest[mission.periodType];
    if (!current || comparePeriods(period, current) > 0) latest[mission.periodType] = period;
  }
  return latest;
}

/** Each mission's reporting against the portfolio's latest period of its type (see `reportingSchema`). */
export function reportingOf(
  mission: ReportingMission,
  latest: Partial<Record<PeriodType, string>>,
  today: Date = new Date(),
): Reporting {
  const expected = latest[mission.periodType] ?? null;
  if (mission.archived) return { expected, late: false };
  if (expected == null) {
    // Nobody has reported yet: a mission running today with nothing entered is the one to chase.
    const running = mission.endDate == null || mission.endDate >= today.toISOString().slice(0, 10);
    return { expected, late: ownPeriod(mission) == null && running };
  }
  if (!activeIn(mission, expected, today)) return { expected, late: false };
  const own = ownPeriod(mission);
  const late = own == null || comparePeriods(own, expected) < 0;
  return { expected, late };
}
