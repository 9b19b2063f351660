import { z } from 'zod';
import { ASSESSMENT_STATUSES } from './assessment';
import {
  CHALLENGE_IDS,
  ENTERED_INDICATORS,
  INDICATORS,
  KPI_IDS,
  type ChallengeId,
  type IndicatorId,
  type KpiId,
} from './catalog';
import { flagSchema, periodRangeQuerySchema } from './queries';
import { GED_INDICATORS, GED_VERSION_PATTERN } from './ucdp';

// CSV export and import of assessments (DESIGN §7): the two file formats, the queries that ask
// for them and the result an import answers with.

export const EXPORT_FORMATS = ['wide', 'long'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Larger request bodies are refused with 413 before they are read. */
export const IMPORT_MAX_BYTES = 60 * 1024 * 1024;

export const kpiScoreColumn = (kpi: KpiId) => `kpi_${kpi}_score`;
export const challengeColumn = (challenge: ChallengeId) => `challenge_${challenge}`;
export const challengeNoteColumn = (challenge: ChallengeId) => `challenge_${challenge}_note`;
/** Where an entered value came from: `manual`, `csv` or `ucdp_ged` (empty where nothing was measured). */
export const sourceColumn = (indicator: IndicatorId) => `source_${indicator}`;

export const NARRATIVE_COLUMNS = {
  achievements: 'narrative_achievements',
  setbacks: 'narrative_setbacks',
  lessons: 'narrative_lessons',
} as const;

/** One row per assessment; `mission_name` only when asked for. */
export function wideColumns(withNames = false, customIds: readonly string[] = []): string[] {
  return [
    'mission_id',
    ...(withNames ? ['mission_name'] : []),
    'mission_acronym',
    'period',
    'status',
    ...INDICATORS.map((indicator) => indicator.id),
    ...KPI_IDS.map(kpiScoreColumn),
    'overall_score',
    'completeness',
    ...CHALLENGE_IDS.map(challengeColumn),
    ...CHALLENGE_IDS.map(challengeNoteColumn),
    ...Object.values(NARRATIVE_COLUMNS),
    ...ENTERED_INDICATORS.map((indicator) => sourceColumn(indicator.id)),
    'updated_at',
    // Custom indicators last, one column each, so the standard columns keep their places.
    ...customIds,
  ];
}

/** One row per indicator value present (tidy data). */
export function longColumns(withNames = false): string[] {
  return [
    'mission_id',
    ...(withNames ? ['mission_name'] : []),
    'mission_acronym',
    'period',
    'kpi',
    'indicator',
    'value',
    'baseline',
    'target',
    'indicator_score',
    'source',
    // A count's change against its baseline (value ÷ baseline mean per period) and its 95 % interval.
    'rate_ratio',
    'rate_ratio_lower',
    'rate_ratio_upper',
  ];
}

/** `?from=&to=` as a form submits them: an empty parameter is an absent one. */
function withoutEmpty(query: unknown): unknown {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) return query;
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}

const MISSIONS_HINT = 'List mission ids separated by commas, for example missions=1,2,3';

/** `missions=1,2,3` → distinct ids, in the order given. */
export const missionIdListSchema = z
  .string({ error: MISSIONS_HINT })
  .trim()
  .regex(/^[1-9]\d{0,14}(\s*,\s*[1-9]\d{0,14})*$/, MISSIONS_HINT)
  .transform((text) => [...new Set(text.split(',').map((id) => Number(id.trim())))]);

/** `?missions=1,2&from=2024Q1&to=2024Q4&format=wide&names=1`; no missions means all active ones. */
export const exportQuerySchema = z.preprocess(
  withoutEmpty,
  periodRangeQuerySchema.safeExtend({
    missions: missionIdListSchema.optional(),
    format: z.enum(EXPORT_FORMATS, { error: 'The format is wide or long' }).default('wide'),
    names: flagSchema,
  }),
);
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const importQuerySchema = z.object({ dryRun: flagSchema });
export type ImportQuery = z.infer<typeof importQuerySchema>;

/**
 * An assessments import: all or nothing (the default), or with `validRowsOnly=1` the valid rows,
 * the others answered back as a CSV with the reason for each.
 */
export const assessmentsImportQuerySchema = importQuerySchema.extend({ validRowsOnly: flagSchema });
export type AssessmentsImportQuery = z.infer<typeof assessmentsImportQuerySchema>;

/** The column a rejected-rows file adds to the file's own. */
export const REJECTED_REASON_COLUMN = 'reason';

const gedDate = z.iso.date({ message: 'Write the date as YYYY-MM-DD' });

/**
 * A UCDP GED import: `from`/`to` when the file is complete for a longer span than its first and
 * last events (a yearly release), and the GED version, given or read from the file's name.
 */
export const ucdpGedImportQuerySchema = z.preprocess(
  withoutEmpty,
  importQuerySchema
    .extend({
      from: gedDate.optional(),
      to: gedDate.optional(),
      version: z
        .string()
        .trim()
        .regex(GED_VERSION_PATTERN, 'Write the GED version as UCDP numbers it, for example 25.1 or 25.0.3')
        .optional(),
      fileName: z.string().trim().max(255, 'At most 255 characters').optional(),
    })
    .refine((query) => !query.from || !query.to || query.from <= query.to, {
      path: ['from'],
      message: 'From is after to',
    }),
);
export type UcdpGedImportQuery = z.infer<typeof ucdpGedImportQuerySchema>;

export const importRowErrorSchema = z.object({
  /** Row of the file, the header being row 1; null when the error is not about one row. */
  row: z.number().int().positive().nullable(),
  /** Column the error is in; null when it is about the row (or the file) as a whole. */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

const count = z.number().int().nonnegative();
const missionRef = z.object({ id: z.number().int().positive(), acronym: z.string(), country: z.string() });

/** One period a GED import writes, or would write but may not. */
export const gedPeriodChangeSchema = z.object({
  period: z.string(),
  /** `kept`: submitted or approved, so reported and left as it is. */
  action: z.enum(['create', 'update', 'kept']),
  /** The assessment's status before the import; null when there is none yet. */
  status: z.enum(ASSESSMENT_STATUSES).nullable(),
  /** Only the values that differ; `from` null where nothing was measured. */
  changes: z.array(z.object({ indicator: z.enum(GED_INDICATORS), from: z.number().nullable(), to: z.number() })),
});
export type GedPeriodChange = z.infer<typeof gedPeriodChangeSchema>;

export const gedMissionReportSchema = missionRef.extend({
  /** The periods the file's coverage holds within the mission's life; null when it holds none. */
  first: z.string().nullable(),
  last: z.string().nullable(),
  unchanged: count,
  periods: z.array(gedPeriodChangeSchema),
  /** How the mission's events were told apart, when that is not by country alone (Kosovo). */
  note: z.string().nullable(),
  /** The periods of the mission's event series the file replaces, before and after its dates alike. */
  series: z.object({ first: z.string().nullable(), last: z.string().nullable(), periods: count }),
});
export type GedMissionReport = z.infer<typeof gedMissionReportSchema>;

/** What a UCDP GED file held and how each mission takes it. */
export const gedImportReportSchema = z.object({
  version: z.string().nullable(),
  /** Dates; `given` when the user named them, otherwise from the first and last event's month. */
  coverage: z.object({ from: z.string(), to: z.string(), given: z.boolean() }).nullable(),
  events: count,
  /** Rows repeating an event id, counted once. */
  duplicates: count,
  countries: z.array(z.object({ name: z.string(), code: z.string().nullable(), events: count })),
  missions: z.array(gedMissionReportSchema),
  /** Active missions in countries the file holds no event in. */
  untouched: z.array(missionRef),
});
export type GedImportReport = z.infer<typeof gedImportReportSchema>;

/** The separators an assessments CSV may use: a comma, or a semicolon as French Excel saves. */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** What an import did, or would do on a dry run; with any error, nothing was written. */
export const importResultSchema = z.object({
  rows: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  /** The missions whose assessments were created or updated (on a dry run: would be), by acronym. */
  missions: z.array(z.object({ id: z.number().int().positive(), acronym: z.string() })),
  errors: z.array(importRowErrorSchema),
  ged: gedImportReportSchema.optional(),
  /** The separator an assessments file was read with (a semicolon file may use decimal commas). */
  separator: z.enum(CSV_SEPARATORS).optional(),
  /**
   * With `validRowsOnly`: the rows left out, as a CSV with the file's header and separator and a
   * last column giving the reason (no byte-order mark: a client saving it adds one).
   */
  rejected: z.object({ rows: z.number().int().nonnegative(), csv: z.string() }).optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
