import { z } from 'zod';
import { PERIOD_TYPES } from './periods';

// A mission's conflict-event series (UCDP GED): per period, what the events in its country (and
// areas) add up to, over the whole span the imported files cover, before and after the
// mission's dates. Assessments inside the mission's life take their indicator values from the
// same counts; the series keeps the rest, and UCDP's low and high estimates beside the best.

const count = z.number().int().nonnegative();

export const eventSeriesPeriodSchema = z.object({
  period: z.string(),
  /** Before the period of the mission's start date. */
  beforeMission: z.boolean(),
  events: count,
  /** Sums of UCDP's own estimates of the deaths; low and high are null when the file had no such column. */
  best: count,
  low: count.nullable(),
  high: count.nullable(),
  deathsCivilians: count,
  /** Events by GED's type_of_violence; null when the file had no such column. */
  byType: z.object({
    stateBased: count.nullable(),
    nonState: count.nullable(),
    oneSided: count.nullable(),
  }),
  /** The GED version of the file the period came from; null when it was not given. */
  gedVersion: z.string().nullable(),
  /** ISO timestamp of the import that wrote it. */
  importedAt: z.string(),
});
export type EventSeriesPeriod = z.infer<typeof eventSeriesPeriodSchema>;

export const missionEventSeriesSchema = z.object({
  missionId: z.number().int().positive(),
  periodType: z.enum(PERIOD_TYPES),
  /** The period of the mission's start date: the series' periods before it are "before mission". */
  missionStart: z.string(),
  source: z.object({
    dataset: z.string(),
    licence: z.string(),
    /** The GED versions the periods came from, oldest period's first; null for a file without one. */
    versions: z.array(z.string().nullable()),
    /** One citation per version, as the licence asks wherever the figures appear. */
    citations: z.array(z.string()),
  }),
  /** Every stored period, oldest first; a period absent is one no imported file covered. */
  periods: z.array(eventSeriesPeriodSchema),
});
export type MissionEventSeries = z.infer<typeof missionEventSeriesSchema>;
